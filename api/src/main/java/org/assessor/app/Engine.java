package org.assessor.app;

import org.assessor.BundledData;
import org.assessor.assessment.Evaluator;
import org.assessor.assessment.SubmissionReader;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.rules.SandboxGuard;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.verification.RuleSetVerifier;

/**
 * The engine wired from an {@link EngineConfig}: questionnaires, compiled rule sets, the
 * evaluator, the submission reader and the rule-set verifier. The one place these are built;
 * the command line, the server and the end-to-end tests all start here.
 */
public final class Engine {
    private final QuestionnaireCatalog questionnaires;
    private final RuleSetRegistry ruleSets;
    private final Evaluator evaluator;
    private final SubmissionReader reader;
    private final RuleSetVerifier verifier;
    private final RuleSetCompiler compiler;

    private Engine(EngineConfig config, boolean loadRuleSets) {
        questionnaires = QuestionnaireCatalog.load(config.questionnaires() == null
                ? BundledData.questionnaires() : config.questionnaires());
        RuleRunner runner = new RuleRunner(config.limits());
        compiler = new RuleSetCompiler(new SandboxGuard());
        ruleSets = !loadRuleSets ? new RuleSetRegistry()
                : RuleSetRegistry.load(config.ruleSets() == null ? BundledData.ruleSets() : config.ruleSets(), compiler,
                        id -> config.onlyQuestionnaire() == null || config.onlyQuestionnaire().equals(id));
        evaluator = new Evaluator(questionnaires, ruleSets, runner, config.clock());
        reader = new SubmissionReader(questionnaires);
        verifier = new RuleSetVerifier(questionnaires, compiler, runner, config.clock());
    }

    /** Loads the questionnaires and compiles the rule sets named by {@code config}. */
    public static Engine start(EngineConfig config) {
        return new Engine(config, true);
    }

    /**
     * Loads the questionnaires only, for checking rule sets: no rule set is compiled or active,
     * so nothing can be evaluated but through {@link #verifier()}.
     */
    public static Engine forAuditing(EngineConfig config) {
        return new Engine(config, false);
    }

    public QuestionnaireCatalog questionnaires() {
        return questionnaires;
    }

    public RuleSetRegistry ruleSets() {
        return ruleSets;
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    public SubmissionReader reader() {
        return reader;
    }

    public RuleSetVerifier verifier() {
        return verifier;
    }

    public RuleSetCompiler compiler() {
        return compiler;
    }
}
