package org.assessor.app;

import java.util.List;
import org.assessor.api.HealthView;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.store.AssessmentStore;
import org.assessor.store.StorageFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks that the server can do its work: the storage answers a query. Thread-safe. */
public final class HealthCheck {
    private static final Logger LOG = LoggerFactory.getLogger(HealthCheck.class);
    private final AssessmentStore store;
    private final RuleSetRegistry ruleSets;

    public HealthCheck(AssessmentStore store, RuleSetRegistry ruleSets) {
        this.store = store;
        this.ruleSets = ruleSets;
    }

    /** The state now: {@code ok}, or {@code unavailable} if the storage does not answer. */
    public HealthView check() {
        int active = activeRuleSets().size();
        try {
            store.check();
            return new HealthView("ok", "ok", active);
        } catch (StorageFailed e) {
            LOG.warn("health check: {}", e.getMessage());
            return new HealthView("unavailable", "unavailable", active);
        }
    }

    /** The active rule-set version of each rated questionnaire, e.g. {@code demo 1.0.0}. */
    public List<String> activeRuleSets() {
        return ruleSets.all().stream().map(r -> r.id().questionnaireId()).distinct()
                .map(q -> ruleSets.active(q).id().toString()).toList();
    }
}
