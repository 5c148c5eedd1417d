package org.assessor.store;

/**
 * A stored assessment's summary with its compact ratings JSON, or, for assessments stored
 * before ratings were kept apart ({@code ratingsJson} null), its full result JSON.
 */
public record RatedAssessment(AssessmentSummary summary, String ratingsJson, String resultJson) {
}
