package org.assessor.web;

import java.util.List;
import org.assessor.questionnaire.OutcomeDeclaration;
import org.assessor.questionnaire.Option;
import org.assessor.result.AssessmentResult;
import org.assessor.result.OutcomeResult;

/**
 * One outcome on a result page, in the questionnaire's words, e.g. "Readiness: Ready with
 * conditions", with the factors that decided it.
 */
public record OutcomeLine(String label, String value, List<String> because) {
    /** {@code outcome} of {@code result}, labelled as the result's questionnaire declares it. */
    static OutcomeLine of(AssessmentResult result, OutcomeResult outcome) {
        OutcomeDeclaration declared = result.questionnaire().outcomes().stream()
                .filter(o -> o.name().equals(outcome.name())).findFirst().orElse(null);
        String label = declared == null ? outcome.name() : declared.label();
        String value = declared == null ? outcome.value()
                : declared.value(outcome.value()).map(Option::label).orElse(outcome.value());
        return new OutcomeLine(label, value, outcome.because());
    }
}
