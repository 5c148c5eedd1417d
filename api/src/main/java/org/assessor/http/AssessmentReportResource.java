package org.assessor.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.assessor.api.ProblemView;
import org.assessor.app.ReportService;

/** {@code /api/assessments/{id}/report.pdf}: a stored assessment's report, for the site's board. */
@Path("/api/assessments/{id}/report.pdf")
@Tag(name = "assessments")
public final class AssessmentReportResource {
    private final ReportService reports;

    public AssessmentReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Produces("application/pdf")
    @Operation(operationId = "getAssessmentReport", summary = "A stored assessment as a PDF report", responses = {
            @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf")),
            @ApiResponse(responseCode = "404", description = "No such assessment", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class)))})
    public Response get(@PathParam("id") String id) {
        return Response.ok(reports.assessmentReport(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"assessment-" + id + ".pdf\"").build();
    }
}
