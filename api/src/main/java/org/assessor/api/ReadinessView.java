package org.assessor.api;

import org.assessor.app.HealthCheck;

/**
 * The JSON of {@code GET /health/ready}: whether this node should be sent work.
 *
 * @param status         {@code ready}; {@code starting} while rule sets still compile; {@code unavailable}
 *                       when the storage does not answer
 * @param storage        {@code ok} or {@code unavailable}
 * @param ruleSets       {@code compiled}, or {@code compiling} while any rule set of this node still compiles
 * @param activeRuleSets how many rule sets are active (one per rated questionnaire)
 */
public record ReadinessView(String status, String storage, String ruleSets, int activeRuleSets) {

    /** The view of {@code readiness}. */
    public static ReadinessView of(HealthCheck.Readiness readiness) {
        boolean storage = readiness.storageAnswers();
        boolean compiled = readiness.compiled();
        return new ReadinessView(!storage ? "unavailable" : compiled ? "ready" : "starting",
                storage ? "ok" : "unavailable", compiled ? "compiled" : "compiling", readiness.activeRuleSets());
    }

    /** True if the node should be sent work. */
    public boolean isReady() {
        return "ready".equals(status);
    }
}
