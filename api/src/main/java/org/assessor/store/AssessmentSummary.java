package org.assessor.store;

import java.time.Instant;
import java.util.Objects;
import org.assessor.result.AssessmentResult;

/**
 * What a stored assessment is about, without its submission and result: enough to list, filter
 * and find it.
 *
 * @param id                   the assessment id (see {@link AssessmentIds})
 * @param createdAt            when it was evaluated and stored
 * @param questionnaireId      the questionnaire answered
 * @param questionnaireVersion the questionnaire version answered
 * @param ruleSetVersion       the rule-set version it was rated with
 * @param ruleSetHash          the content hash of that rule-set version
 * @param siteId               the site assessed
 * @param siteName             the site's name as submitted
 * @param mode                 {@code self} or {@code peer}
 * @param cycle                the assessment cycle label; may be null
 * @param overallRating        the overall rating, e.g. {@code partly-met}
 */
public record AssessmentSummary(String id, Instant createdAt, String questionnaireId, String questionnaireVersion,
                                String ruleSetVersion, String ruleSetHash, String siteId, String siteName,
                                String mode, String cycle, String overallRating) {

    public AssessmentSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(ruleSetHash, "ruleSetHash");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(overallRating, "overallRating");
    }

    /** The summary of {@code result}, which must carry its stored assessment id. */
    public static AssessmentSummary of(AssessmentResult result) {
        return new AssessmentSummary(result.id(), result.evaluatedAt(), result.questionnaire().id(),
                result.questionnaire().version(), result.ruleSet().version(), result.ruleSet().hash(),
                result.site().id(), result.site().name(), result.mode().code(), result.cycle(),
                result.overall().rating().code());
    }
}
