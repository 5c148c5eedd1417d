package org.assessor.app;

import java.util.List;
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

    /**
     * Whether the server is alive.
     *
     * @param storageAnswers true if the storage answered a query
     * @param activeRuleSets how many rule sets are active (one per rated questionnaire)
     */
    public record Liveness(boolean storageAnswers, int activeRuleSets) {
    }

    /**
     * Whether this node should be sent work: only when both are true.
     *
     * @param storageAnswers true if the storage answered a query
     * @param compiled       true once every rule set this node holds has compiled
     * @param activeRuleSets how many rule sets are active (one per rated questionnaire)
     */
    public record Readiness(boolean storageAnswers, boolean compiled, int activeRuleSets) {

        /** True if the node should be sent work. */
        public boolean isReady() {
            return storageAnswers && compiled;
        }
    }

    /** The state now: alive, and whether the storage answers. */
    public Liveness check() {
        return new Liveness(storageAnswers("health check"), activeRuleSets().size());
    }

    /**
     * Whether this node should be sent work: once every rule set it holds has compiled (or is
     * left to be read from the compiled cache when first used) and the
     * storage answers; not while any still compiles (rule sets compile in the background after
     * the server starts listening, and evaluations would wait for them), nor while the storage
     * does not answer.
     */
    public Readiness readiness() {
        boolean compiled = ruleSets.all().stream().allMatch(r -> r.isCompiled() || r.waitsForFirstUse());
        return new Readiness(storageAnswers("readiness check"), compiled, activeRuleSets().size());
    }

    private boolean storageAnswers(String check) {
        try {
            store.check();
            return true;
        } catch (StorageFailed e) {
            LOG.warn("{}: {}", check, e.getMessage());
            return false;
        }
    }

    /** The active rule-set version of each rated questionnaire, e.g. {@code demo 1.0.0}. */
    public List<String> activeRuleSets() {
        return ruleSets.all().stream().map(r -> r.id().questionnaireId()).distinct()
                .map(q -> ruleSets.active(q).id().toString()).toList();
    }
}
