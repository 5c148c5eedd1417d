package org.assessor.app;

import java.nio.file.Path;
import java.util.Optional;
import org.assessor.BundledData;
import org.assessor.assessment.Evaluator;
import org.assessor.assessment.SubmissionReader;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.rules.CompiledRuleCache;
import org.assessor.rules.sandbox.SandboxGuard;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.NoSuchRuleSet;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RunnerCapacity;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.verification.RuleSetVerifier;

/**
 * The engine wired from an {@link EngineConfig}: questionnaires, compiled rule sets, the
 * evaluators, the submission reader and the rule-set verifier. The one place these are built;
 * the command line, the server and the end-to-end tests all start here.
 *
 * <p>Two {@link RuleRunner}s with nothing in common: live evaluations (submissions, stored
 * assessments, re-evaluations) run on {@link RunnerCapacity#live()}, and drafts (the probes and
 * test cases of a rule set being checked or uploaded, and impact analysis) on
 * {@link RunnerCapacity#drafts()}, one session at a time with its own queue and circuit
 * breaker. A draft that loops, or a long impact run, so never takes the live runner's budget,
 * queue or circuit breaker, and holds at most one core.
 */
public final class Engine {
    private final QuestionnaireCatalog questionnaires;
    private final RuleSetRegistry ruleSets;
    private final Evaluator evaluator;
    private final Evaluator drafts;
    private final SubmissionReader reader;
    private final RuleSetVerifier verifier;
    private final RuleSetCompiler compiler;
    private final RuleSetCompiler published;

    private Engine(EngineConfig config, boolean loadRuleSets) {
        questionnaires = QuestionnaireCatalog.load(config.questionnaires() == null
                ? BundledData.questionnaires() : config.questionnaires());
        RuleRunner live = new RuleRunner(config.limits(), RunnerCapacity.live());
        RuleRunner draftRunner = new RuleRunner(config.limits(), RunnerCapacity.drafts());
        SandboxGuard guard = new SandboxGuard();
        CompiledRuleCache kept = config.compiledRules() == null ? CompiledRuleCache.none() : config.compiledRules();
        compiler = new RuleSetCompiler(guard, kept.forDrafts());
        published = new RuleSetCompiler(guard, kept);
        ruleSets = loadRuleSets ? compileInBackground(config, published) : new RuleSetRegistry();
        evaluator = new Evaluator(questionnaires, ruleSets, live, config.clock());
        drafts = new Evaluator(questionnaires, ruleSets, draftRunner, config.clock());
        reader = new SubmissionReader(questionnaires, this::questionnaireVersionRated);
        verifier = new RuleSetVerifier(questionnaires, compiler, draftRunner, config.clock());
    }

    /**
     * The questionnaire version that rule-set version {@code ruleSetVersion} of questionnaire
     * {@code questionnaireId} (the active one when null) was written for, if there is such a version.
     */
    private Optional<String> questionnaireVersionRated(String questionnaireId, String ruleSetVersion) {
        try {
            CompiledRuleSet ruleSet = ruleSetVersion == null ? ruleSets.active(questionnaireId)
                    : ruleSets.find(new RuleSetId(questionnaireId, ruleSetVersion)).orElse(null);
            return ruleSet == null ? Optional.empty()
                    : Optional.of(ruleSet.source().manifest().questionnaireVersion());
        } catch (NoSuchRuleSet e) {
            return Optional.empty();
        }
    }

    private static RuleSetRegistry compileInBackground(EngineConfig config, RuleSetCompiler compiler) {
        Path folder = config.ruleSets() == null ? BundledData.ruleSets() : config.ruleSets();
        return RuleSetRegistry.loadInBackground(folder, compiler,
                id -> config.onlyQuestionnaire() == null || config.onlyQuestionnaire().equals(id));
    }

    /**
     * Loads the questionnaires and compiles the rule sets named by {@code config}.
     *
     * @throws org.assessor.rules.RuleSetInvalid if a rule set does not compile
     */
    public static Engine start(EngineConfig config) {
        Engine engine = new Engine(config, true);
        engine.ruleSets.awaitCompiled();
        return engine;
    }

    /**
     * Loads the questionnaires and starts compiling the rule sets named by {@code config} in the
     * background, so that the caller can do other start-up work meanwhile. Evaluations wait for
     * their rule set; {@code ruleSets().awaitCompiled()} waits for all and reports failures.
     */
    public static Engine startCompiling(EngineConfig config) {
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

    /** The evaluator of live evaluations: submissions, stored assessments, re-evaluations. */
    public Evaluator evaluator() {
        return evaluator;
    }

    /**
     * The evaluator of drafts, for impact analysis: its own runner (one session at a time, its
     * own queue and circuit breaker), shared with {@link #verifier()} and with nothing live.
     */
    public Evaluator drafts() {
        return drafts;
    }

    public SubmissionReader reader() {
        return reader;
    }

    public RuleSetVerifier verifier() {
        return verifier;
    }

    /**
     * The compiler of drafts: every rule set it is given is judged and compiled, unless this build
     * judged and compiled exactly the same content before and the configuration's cache of drafts
     * ({@link CompiledRuleCache#forDrafts()}) still holds it.
     */
    public RuleSetCompiler compiler() {
        return compiler;
    }

    /**
     * The compiler of bundled and published versions: like {@link #compiler()}, but a version
     * judged and compiled before by this build, with exactly the same content hash, is read from
     * the {@link CompiledRuleCache} of the configuration instead, and one it compiles is kept there.
     */
    public RuleSetCompiler publishedCompiler() {
        return published;
    }
}
