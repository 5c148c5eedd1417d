package org.assessor.api;

/**
 * The JSON of {@code GET /health}.
 *
 * @param status         {@code ok}, or {@code unavailable} when the storage does not answer
 * @param storage        {@code ok} or {@code unavailable}
 * @param activeRuleSets how many rule sets are active (one per rated questionnaire)
 */
public record HealthView(String status, String storage, int activeRuleSets) {
}
