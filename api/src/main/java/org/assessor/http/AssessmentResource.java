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
import org.assessor.api.ResultView;
import org.assessor.api.SubmissionSchema;
import org.assessor.app.AssessmentService;

/**
 * {@code /api/assessments}: evaluate and store submissions; read stored results. Each call acts
 * for the request's {@link Caller}, so a caller sees only the assessments its role allows.
 */
@Path("/api/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessments")
public final class AssessmentResource {
    private final AssessmentService assessments;

    public AssessmentResource(AssessmentService assessments) {
        this.assessments = assessments;
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
        return assessments.list(caller, QueryParameters.assessmentQuery(site, questionnaire, limit, cursor));
    }
}
