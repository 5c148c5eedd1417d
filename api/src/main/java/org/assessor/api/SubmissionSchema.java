package org.assessor.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The shape of a submission, for the OpenAPI document only: the server reads submissions with
 * {@link org.assessor.assessment.SubmissionReader}, which checks every field against the
 * questionnaire and names each error's field.
 */
@Schema(name = "Submission", description = "A site's answers (self mode: respondents, or answers for one "
        + "respondent) or a peer review's criterion ratings (peer mode).")
public record SubmissionSchema(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "organisational-change")
        String questionnaireId,
        @Schema(description = "The questionnaire version answered; the latest if absent.")
        String questionnaireVersion,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        Site site,
        @Schema(allowableValues = {"self", "peer"}, defaultValue = "self")
        String mode,
        @Schema(description = "A label for the assessment cycle, e.g. baseline or 2026-follow-up.")
        String cycle,
        @Schema(description = "Self mode: one entry per respondent.")
        List<Respondent> respondents,
        @Schema(description = "Self mode shorthand for one respondent: question id → answer.")
        Map<String, AnswerValue> answers,
        @Schema(description = "Peer mode: criterion id → met, partly-met, not-met, not-applicable or not-rated.")
        Map<String, String> ratings,
        @Schema(description = "Evaluate under this rule-set version instead of the active one.")
        String ruleSetVersion) {

    /** The site assessed. */
    @Schema(name = "SubmittedSite")
    public record Site(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id, String name) {
    }

    /** One respondent's answers, by question id. */
    @Schema(name = "Respondent")
    public record Respondent(String id,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "senior-manager")
                             String role,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Map<String, AnswerValue> answers) {
    }

    /** One answer: a string (yes, partly, no, an option id, not-applicable, evidence text) or a number. */
    @Schema(name = "AnswerValue", oneOf = {String.class, BigDecimal.class}, description = "yes, partly or no; an "
            + "agreement 1-5 or a number within the question's min and max; a choice option's id; evidence text; "
            + "or not-applicable where the question allows it")
    public interface AnswerValue {
    }
}
