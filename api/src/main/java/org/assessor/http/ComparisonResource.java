package org.assessor.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.assessor.access.Caller;
import org.assessor.api.ComparisonView;
import org.assessor.api.ProblemView;
import org.assessor.app.ComparisonService;
import org.assessor.app.ReportService;
import org.assessor.comparison.ComparisonCsv;

/**
 * {@code /api/comparisons}: commissioners' site × standard comparisons with pooled counts, as
 * JSON, as CSV (on {@code Accept: text/csv}) or as a PDF report. Results of different rule-set
 * versions are never pooled: such a request is refused unless it asks for one version or for a
 * comparison per version ({@code split=version}, JSON only).
 */
@Path("/api/comparisons")
@Tag(name = "comparisons")
public final class ComparisonResource {
    /** The CSV media type, with the header row announced. */
    static final String CSV = "text/csv; charset=utf-8; header=present";
    /** CSV with a lower server quality than JSON, so {@code Accept: *}{@code /*} gets JSON. */
    private static final String CSV_ON_REQUEST = "text/csv; qs=0.5";

    private final ComparisonService comparisons;
    private final ReportService reports;

    public ComparisonResource(ComparisonService comparisons, ReportService reports) {
        this.comparisons = comparisons;
        this.reports = reports;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "compare", summary = "Compare sites: a site × standard matrix and pooled counts",
            responses = {
            @ApiResponse(responseCode = "200", description = "The comparison; with split=version, a list of them."
                    + " With Accept: text/csv, one row per assessment and standard", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComparisonView.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = "string"))}),
            @ApiResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class))),
            @ApiResponse(responseCode = "422", description = "The results selected mix rule-set versions",
                    content = @Content(mediaType = ProblemJson.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemView.class)))})
    public Response json(@Parameter(hidden = true) @Context Caller caller,
                         @Parameter(description = "The questionnaire compared", required = true) @QueryParam("questionnaire") String questionnaire,
                         @Parameter(description = "Only these sites (repeat the parameter)")
                         @QueryParam("site") List<String> sites,
                         @Parameter(description = "Only this rule-set version") @QueryParam("ruleSetVersion") String version,
                         @Parameter(description = "From this day (YYYY-MM-DD, inclusive)") @QueryParam("from") String from,
                         @Parameter(description = "To this day (YYYY-MM-DD, inclusive)") @QueryParam("to") String to,
                         @Parameter(description = "Only this cycle, e.g. baseline") @QueryParam("cycle") String cycle,
                         @Parameter(description = "'version': one comparison per rule-set version",
                                 array = @ArraySchema(schema = @Schema(allowableValues = "version")))
                         @QueryParam("split") String split) {
        var filter = QueryParameters.comparisonFilter(questionnaire, sites, version, from, to, cycle);
        if (QueryParameters.splitByVersion(split)) {
            return Response.ok(comparisons.compareEachVersion(caller, filter).stream().map(ComparisonView::of).toList())
                    .build();
        }
        return Response.ok(ComparisonView.of(comparisons.compare(caller, filter))).build();
    }

    @GET
    @Produces(CSV_ON_REQUEST)
    @Operation(hidden = true) // described with compare: OpenAPI has one operation per path and method
    public Response csv(@Parameter(hidden = true) @Context Caller caller,
                        @QueryParam("questionnaire") String questionnaire, @QueryParam("site") List<String> sites,
                        @QueryParam("ruleSetVersion") String version, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("cycle") String cycle) {
        var filter = QueryParameters.comparisonFilter(questionnaire, sites, version, from, to, cycle);
        return Response.ok(ComparisonCsv.toCsv(comparisons.compare(caller, filter)), CSV)
                .header("Content-Disposition", "attachment; filename=\"comparison-" + filter.questionnaireId() + ".csv\"")
                .build();
    }

    @GET
    @Path("/report.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "compareReport", summary = "The comparison as a PDF: heatmap and pooled tables",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf")))
    public Response pdf(@Parameter(hidden = true) @Context Caller caller,
                        @QueryParam("questionnaire") String questionnaire, @QueryParam("site") List<String> sites,
                        @QueryParam("ruleSetVersion") String version, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("cycle") String cycle) {
        var filter = QueryParameters.comparisonFilter(questionnaire, sites, version, from, to, cycle);
        return Response.ok(reports.comparisonReport(caller, filter), "application/pdf").build();
    }
}
