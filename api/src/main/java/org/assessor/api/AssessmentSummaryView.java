package org.assessor.api;

import java.time.Instant;
import org.assessor.api.ResultView.QuestionnaireView;
import org.assessor.api.ResultView.RuleSetView;
import org.assessor.api.ResultView.SiteView;
import org.assessor.store.AssessmentSummary;

/**
 * The JSON of one stored assessment in a list: what it is about and its overall rating; fetch
 * {@code /api/assessments/{id}} for the whole result.
 */
public record AssessmentSummaryView(String id, Instant createdAt, QuestionnaireView questionnaire,
                                    RuleSetView ruleSet, SiteView site, String mode, String cycle,
                                    String overallRating) {

    /** The view of {@code s}. */
    public static AssessmentSummaryView of(AssessmentSummary s) {
        return new AssessmentSummaryView(s.id(), s.createdAt(),
                new QuestionnaireView(s.questionnaireId(), s.questionnaireVersion(), null),
                new RuleSetView(s.questionnaireId(), s.ruleSetVersion(), s.ruleSetHash()),
                new SiteView(s.siteId(), s.siteName()), s.mode(), s.cycle(), s.overallRating());
    }
}
