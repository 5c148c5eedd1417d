package org.assessor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.assessor.assessment.Evaluator;
import org.assessor.assessment.Submission;
import org.assessor.assessment.SubmissionReader;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.result.AssessmentResult;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.rules.sandbox.SandboxGuard;

/**
 * The engine wired over the small, stable {@code demo} questionnaire and rule set in
 * {@code src/test/resources/fixture}, compiled once per test JVM with the real Drools.
 */
public final class Fixture {
    /** A fixed clock, so results are comparable. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private static Fixture instance;

    public final QuestionnaireCatalog questionnaires;
    public final RuleSetRegistry ruleSets;
    public final Evaluator evaluator;
    public final SubmissionReader reader;

    private Fixture() {
        questionnaires = QuestionnaireCatalog.load(path("fixture/questionnaires"));
        ruleSets = RuleSetRegistry.load(path("fixture/rules"), new RuleSetCompiler(new SandboxGuard()));
        evaluator = new Evaluator(questionnaires, ruleSets, new RuleRunner(EvaluationLimits.DEFAULT), CLOCK);
        reader = new SubmissionReader(questionnaires);
    }

    /** The shared fixture. */
    public static synchronized Fixture get() {
        if (instance == null) {
            instance = new Fixture();
        }
        return instance;
    }

    /** Reads {@code json} as a submission; single quotes stand for double quotes. */
    public Submission submission(String json) {
        return reader.read(StrictJson.read(json.replace('\'', '"').getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Reads and evaluates {@code json}; single quotes stand for double quotes. */
    public AssessmentResult evaluate(String json) {
        return evaluator.evaluate(submission(json));
    }

    /**
     * A test resource as a path, whether the test classes are a folder (this module's tests) or
     * the engine's test jar (other modules' tests).
     */
    public static Path path(String resource) {
        return BundledData.classpathFolder(resource);
    }
}
