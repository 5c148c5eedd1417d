package org.assessor.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.assessor.access.Caller;
import org.assessor.api.AssessmentListView;
import org.assessor.api.ProblemView;
import org.assessor.api.ResultComparisonView;
import org.assessor.api.ResultHistoryView;
import org.assessor.api.ResultView;
import org.assessor.api.SubmissionSchema;
import org.assessor.app.AssessmentService;
import org.assessor.app.ResultHistoryService;
import org.assessor.store.AssessmentQuery;

/**
 * {@code /api/assessments}: evaluate and store submissions; read stored results; re-evaluate a
 * stored assessment under another rule-set version, keeping every result. Each call acts for the
 * request's {@link Caller}, so a caller sees only the assessments its role allows (the access
 * filter has already answered 404 for one below {@code /{id}} that it may not see).
 */
@Path("/api/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessments")
public final class AssessmentResource {
    private final AssessmentService assessments;
    private final ResultHistoryService results;

    public AssessmentResource(AssessmentService assessments, ResultHistoryService results) {
        this.assessments = assessments;
        this.results = results;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAssessment", summary = "Evaluate a submission and store the assessment",
            responses = {
            @ApiResponse(responseCode = "201", description = "Stored durably; the result carries the new id",
                    headers = @Header(name = "Location", description = "The stored result's URL"),
                    content = @Content(schema = @Schema(implementation = ResultView.class))),
            @ApiResponse(responseCode = "400", description = "The body is not well-formed JSON", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class))),
            @ApiResponse(responseCode = "422", description = "The submission is wrong; errors[] names each field",
                    content = @Content(mediaType = ProblemJson.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemView.class)))})
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SubmissionSchema.class)))
    public Response create(@Parameter(hidden = true) @Context Caller caller, @Parameter(hidden = true) JsonBody body) {
        AssessmentService.Created created = assessments.create(caller, body.document());
        return Response.created(URI.create("api/assessments/" + created.id()))
                .entity(created.resultJson()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAssessment",
            summary = "A stored assessment's result, exactly as returned when it was created", responses = {
            @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ResultView.class))),
            @ApiResponse(responseCode = "404", description = "No such assessment", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class)))})
    public Response get(@Parameter(hidden = true) @Context Caller caller, @PathParam("id") String id) {
        return Response.ok(assessments.result(caller, id), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Operation(operationId = "listAssessments", summary = "Stored assessments, newest first, one page at a time",
            responses = {
            @ApiResponse(responseCode = "200", description = "A page; nextCursor fetches the next one",
                    content = @Content(schema = @Schema(implementation = AssessmentListView.class))),
            @ApiResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class)))})
    public AssessmentListView list(
            @Parameter(hidden = true) @Context Caller caller,
            @Parameter(description = "Only this site's assessments") @QueryParam("site") String site,
            @Parameter(description = "Only this questionnaire's assessments")
            @QueryParam("questionnaire") String questionnaire,
            @Parameter(description = "Page size", schema = @Schema(type = "integer", minimum = "1", maximum = "100",
                    defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        AssessmentQuery query = QueryParameters.assessmentQuery(site, questionnaire, limit, cursor);
        if (query.after() != null && !assessments.isVisible(caller, query.after())) {
            throw QueryParameters.unknownCursor();
        }
        return AssessmentListView.of(assessments.list(caller, query), query.limit());
    }

    @POST
    @Path("/{id}/re-evaluate")
    @Operation(operationId = "reEvaluateAssessment", summary = "Rate the stored submission again under another"
            + " rule-set version; the new result is added and every earlier one kept", responses = {
            @ApiResponse(responseCode = "201", description = "The new result",
                    headers = @Header(name = "Location", description = "The new result's URL"),
                    content = @Content(schema = @Schema(implementation = ResultView.class))),
            @ApiResponse(responseCode = "404", description = "No such assessment or rule-set version",
                    content = @Content(mediaType = ProblemJson.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemView.class))),
            @ApiResponse(responseCode = "409", description = "The version rates another questionnaire version",
                    content = @Content(mediaType = ProblemJson.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemView.class)))})
    public Response reEvaluate(@PathParam("id") String id,
                               @Parameter(description = "The rule-set version; the active one if absent")
                               @QueryParam("ruleSetVersion") String ruleSetVersion,
                               @Parameter(hidden = true) @Context Caller caller) {
        ResultHistoryService.Added added = results.reEvaluate(caller, id,
                QueryParameters.ruleSetVersion(ruleSetVersion));
        return Response.created(URI.create("api/assessments/" + id + "/results/" + added.number()))
                .entity(added.resultJson()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}/results")
    @Operation(operationId = "listResults", summary = "Every result of an assessment: the original (0) and each"
            + " re-evaluation", responses = {
            @ApiResponse(responseCode = "200", content = @Content(
                    schema = @Schema(implementation = ResultHistoryView.class))),
            @ApiResponse(responseCode = "404", description = "No such assessment", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class)))})
    public ResultHistoryView results(@PathParam("id") String id) {
        return ResultHistoryView.of(results.results(id));
    }

    @GET
    @Path("/{id}/results/{number: [0-9]{1,9}}")
    @Operation(operationId = "getResult", summary = "One result of an assessment, as returned when it was made",
            responses = {
            @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ResultView.class))),
            @ApiResponse(responseCode = "404", description = "No such assessment or result", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class)))})
    public Response result(@PathParam("id") String id, @PathParam("number") int number) {
        return Response.ok(results.result(id, number), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}/results/compare")
    @Operation(operationId = "compareResults", summary = "Two results side by side: every standard and criterion"
            + " with its rating in each and whether it changed", responses = {
            @ApiResponse(responseCode = "200", content = @Content(
                    schema = @Schema(implementation = ResultComparisonView.class))),
            @ApiResponse(responseCode = "404", description = "No such assessment or result", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class)))})
    public ResultComparisonView compare(@PathParam("id") String id,
                                        @Parameter(description = "The earlier result's number (default 0, the"
                                                + " original)") @QueryParam("from") String from,
                                        @Parameter(description = "The later result's number (default the latest)")
                                        @QueryParam("to") String to) {
        return ResultComparisonView.of(results.compare(id, QueryParameters.resultNumber("from", from),
                QueryParameters.resultNumber("to", to)));
    }
}
