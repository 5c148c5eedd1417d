package org.assessor.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.assessor.access.Caller;
import org.assessor.api.ProblemView;
import org.assessor.api.ResultView;
import org.assessor.api.SubmissionSchema;
import org.assessor.app.AssessmentService;

/** {@code POST /api/evaluations}: rates a submission without storing it. */
@Path("/api/evaluations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessments")
public final class EvaluationResource {
    private final AssessmentService assessments;

    public EvaluationResource(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @POST
    @Operation(operationId = "evaluate", summary = "Evaluate a submission without storing it", responses = {
            @ApiResponse(responseCode = "200", description = "The explained result (it has no id)",
                    content = @Content(schema = @Schema(implementation = ResultView.class))),
            @ApiResponse(responseCode = "400", description = "The body is not well-formed JSON", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class))),
            @ApiResponse(responseCode = "422", description = "The submission is wrong; errors[] names each field",
                    content = @Content(mediaType = ProblemJson.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemView.class)))})
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SubmissionSchema.class)))
    public ResultView evaluate(@Parameter(hidden = true) @Context Caller caller,
                               @Parameter(hidden = true) JsonBody body) {
        return ResultView.of(assessments.evaluate(caller, body.document()));
    }
}
