package org.assessor.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.assessor.api.ProblemView;
import org.assessor.api.QuestionnaireDefinitionView;
import org.assessor.api.QuestionnaireSummaryView;
import org.assessor.questionnaire.QuestionnaireCatalog;

/** {@code /api/questionnaires}: the questionnaires sites answer, and their questions. */
@Path("/api/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "questionnaires")
public final class QuestionnaireResource {
    private final QuestionnaireCatalog questionnaires;

    public QuestionnaireResource(QuestionnaireCatalog questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GET
    @Operation(operationId = "listQuestionnaires", summary = "Every questionnaire, at its latest version")
    public List<QuestionnaireSummaryView> list() {
        return questionnaires.latest().stream().map(QuestionnaireSummaryView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getQuestionnaire",
            summary = "A questionnaire's definition: sections, standards, criteria and questions", responses = {
            @ApiResponse(responseCode = "200", content = @Content(
                    schema = @Schema(implementation = QuestionnaireDefinitionView.class))),
            @ApiResponse(responseCode = "404", description = "No such questionnaire or version", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class)))})
    public QuestionnaireDefinitionView get(@PathParam("id") String id,
                                           @Parameter(description = "A version; the latest if absent")
                                           @QueryParam("version") String version) {
        return QuestionnaireDefinitionView.of(version == null ? questionnaires.latest(id)
                : questionnaires.get(id, version));
    }
}
