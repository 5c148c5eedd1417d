package org.assessor.app;

import java.nio.file.Path;
import java.time.Clock;
import org.assessor.rules.CompiledRuleCache;
import org.assessor.rules.EvaluationLimits;

/**
 * Where the engine finds its questionnaires and rule sets, and its evaluation limits.
 *
 * @param questionnaires a folder of questionnaire definitions, or null for the bundled ones
 * @param ruleSets       a folder of rule sets, or null for the bundled ones
 * @param limits         the firing limit and time budget of each evaluation
 * @param clock          the clock results are dated by
 * @param onlyQuestionnaire compile only this questionnaire's rule sets; null for all
 * @param compiledRules  where compiled bundled and published rule sets are kept across restarts
 *                       (by default only the ones the engine jar carries are read)
 */
public record EngineConfig(Path questionnaires, Path ruleSets, EvaluationLimits limits, Clock clock,
                           String onlyQuestionnaire, CompiledRuleCache compiledRules) {

    /** The bundled questionnaires and rule sets, default limits, the system clock. */
    public static EngineConfig defaults() {
        return new EngineConfig(null, null, EvaluationLimits.DEFAULT, Clock.systemUTC(), null, CompiledRuleCache.in(null));
    }

    /** This configuration with questionnaires read from {@code folder} (null: bundled). */
    public EngineConfig withQuestionnaires(Path folder) {
        return new EngineConfig(folder, ruleSets, limits, clock, onlyQuestionnaire, compiledRules);
    }

    /** This configuration with rule sets read from {@code folder} (null: bundled). */
    public EngineConfig withRuleSets(Path folder) {
        return new EngineConfig(questionnaires, folder, limits, clock, onlyQuestionnaire, compiledRules);
    }

    /**
     * This configuration keeping compiled bundled and published rule sets in {@code folder}
     * (and reading the engine jar's), so that a restart need not compile them again.
     */
    public EngineConfig withCompiledRules(Path folder) {
        return new EngineConfig(questionnaires, ruleSets, limits, clock, onlyQuestionnaire,
                CompiledRuleCache.in(folder));
    }

    /** This configuration compiling every rule set, reading and keeping none compiled. */
    public EngineConfig withoutCompiledRules() {
        return new EngineConfig(questionnaires, ruleSets, limits, clock, onlyQuestionnaire, CompiledRuleCache.none());
    }

    /** This configuration compiling only the rule sets of questionnaire {@code id}, for one-off commands. */
    public EngineConfig onlyFor(String id) {
        return new EngineConfig(questionnaires, ruleSets, limits, clock, id, compiledRules);
    }
}
