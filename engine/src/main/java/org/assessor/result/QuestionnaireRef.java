package org.assessor.result;

import java.util.List;
import java.util.Objects;
import org.assessor.core.RatingScale;
import org.assessor.questionnaire.OutcomeDeclaration;
import org.assessor.questionnaire.Questionnaire;

/**
 * The questionnaire version a result answers, with the rating scale its ratings are on and the
 * outcomes its rule sets may conclude.
 */
public record QuestionnaireRef(String id, String version, String title, RatingScale scale,
                               List<OutcomeDeclaration> outcomes) {
    public QuestionnaireRef {
        Objects.requireNonNull(scale, "scale");
        outcomes = List.copyOf(outcomes);
    }

    /** The reference to {@code questionnaire}. */
    public static QuestionnaireRef of(Questionnaire questionnaire) {
        return new QuestionnaireRef(questionnaire.id(), questionnaire.version(), questionnaire.title(),
                questionnaire.scale(), questionnaire.outcomes());
    }
}
