package org.assessor.api;

import org.assessor.app.HealthCheck;

/**
 * The JSON of {@code GET /health}.
 *
 * @param status         {@code ok}, or {@code unavailable} when the storage does not answer
 * @param storage        {@code ok} or {@code unavailable}
 * @param activeRuleSets how many rule sets are active (one per rated questionnaire)
 */
public record HealthView(String status, String storage, int activeRuleSets) {

    /** The view of {@code liveness}. */
    public static HealthView of(HealthCheck.Liveness liveness) {
        String state = liveness.storageAnswers() ? "ok" : "unavailable";
        return new HealthView(state, state, liveness.activeRuleSets());
    }
}
