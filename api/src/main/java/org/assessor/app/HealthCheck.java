package org.assessor.app;

import java.util.List;
import org.assessor.api.HealthView;
import org.assessor.api.ReadinessView;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.store.AssessmentStore;
import org.assessor.store.StorageFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that the server can do its work: {@link #check()} whether it is alive (the storage
 * answers a query), {@link #readiness()} whether it should be sent work (that, and every rule set
 * has compiled). Thread-safe.
 */
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

    /**
     * Whether this node should be sent work: {@code ready} once every rule set it holds has
     * compiled and the storage answers; {@code starting} while any still compiles (rule sets
     * compile in the background after the server starts listening, and evaluations would wait
     * for them); {@code unavailable} while the storage does not answer.
     */
    public ReadinessView readiness() {
        boolean compiled = ruleSets.all().stream().allMatch(CompiledRuleSet::isCompiled);
        boolean storage = storageAnswers();
        String status = !storage ? "unavailable" : compiled ? "ready" : "starting";
        return new ReadinessView(status, storage ? "ok" : "unavailable", compiled ? "compiled" : "compiling",
                activeRuleSets().size());
    }

    private boolean storageAnswers() {
        try {
            store.check();
            return true;
        } catch (StorageFailed e) {
            LOG.warn("readiness check: {}", e.getMessage());
            return false;
        }
    }

    /** The active rule-set version of each rated questionnaire, e.g. {@code demo 1.0.0}. */
    public List<String> activeRuleSets() {
        return ruleSets.all().stream().map(r -> r.id().questionnaireId()).distinct()
                .map(q -> ruleSets.active(q).id().toString()).toList();
    }
}
