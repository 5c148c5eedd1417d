package org.assessor.verification;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assessor.AssessorException;
import org.assessor.StrictJson;
import org.assessor.assessment.Evaluator;
import org.assessor.assessment.SubmissionInvalid;
import org.assessor.assessment.SubmissionReader;
import org.assessor.questionnaire.NoSuchQuestionnaire;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.result.AssessmentResult;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.DrlUnit;
import org.assessor.rules.EvaluationsBusy;
import org.assessor.rules.RuleProblem;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetInvalid;
import org.assessor.rules.RuleSetManifest;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.rules.RuleSetSource;

/**
 * The auditor's check of a rule set, in order: its manifest names a known questionnaire
 * version; it compiles; it names no criterion, standard or question the questionnaire lacks;
 * it has no gaps (see {@link GapCheck}); and every one of its own test cases passes. Used by
 * {@code rules validate}, {@code rules test} and uploads. Probes and test cases run on the
 * {@link RuleRunner} given at construction; the server gives it the runner of drafts, never the
 * live one. Thread-safe.
 */
public final class RuleSetVerifier {
    private static final Pattern RULE = Pattern.compile("(?i)rule \"([^\"]+)\"");
    private final QuestionnaireCatalog questionnaires;
    private final RuleSetCompiler compiler;
    private final Evaluator evaluator;
    private final SubmissionReader reader;

    public RuleSetVerifier(QuestionnaireCatalog questionnaires, RuleSetCompiler compiler, RuleRunner runner,
                           Clock clock) {
        this.questionnaires = questionnaires;
        this.compiler = compiler;
        this.evaluator = new Evaluator(questionnaires, new RuleSetRegistry(), runner, clock);
        this.reader = new SubmissionReader(questionnaires);
    }

    /**
     * Verifies {@code source}; with {@code runTests} also runs its test cases. Never throws for
     * problems in the rule set: they are all in the returned {@link Verification}.
     *
     * @throws EvaluationsBusy if the runner given at construction is too busy to run the probes
     *                         or tests now; nothing is wrong with the rule set, try again later
     */
    public Verification verify(RuleSetSource source, boolean runTests) {
        Questionnaire questionnaire;
        try {
            questionnaire = questionnaireOf(source.manifest());
        } catch (NoSuchQuestionnaire e) {
            return new Verification(source, null, List.of(RuleProblem.inFile(RuleSetSource.MANIFEST, e.getMessage())),
                    List.of());
        }
        CompiledRuleSet compiled;
        try {
            compiled = compiler.compile(source);
        } catch (RuleSetInvalid e) {
            return new Verification(source, null, e.problems(), List.of());
        }
        List<RuleProblem> problems = new ArrayList<>();
        ReferenceCheck references = new ReferenceCheck(questionnaire);
        for (DrlUnit unit : compiled.units()) {
            problems.addAll(references.check(unit));
        }
        try {
            problems.addAll(new GapCheck(questionnaire, s -> evaluator.evaluate(s, compiled)).check());
        } catch (EvaluationsBusy e) {
            throw e;
        } catch (AssessorException e) {
            problems.add(located(compiled.units(), "evaluating probe submissions failed: " + e.getMessage()));
        }
        List<TestCaseResult> tests = runTests ? runTests(source, questionnaire, compiled) : List.of();
        return new Verification(source, compiled, problems, tests);
    }

    /** A problem at the rule {@code message} names (rule "X"), or of the whole rule set if it names none. */
    private static RuleProblem located(List<DrlUnit> units, String message) {
        Matcher rule = RULE.matcher(message);
        if (rule.find()) {
            for (DrlUnit unit : units) {
                int line = unit.lineOfRule(rule.group(1));
                if (line > 0) {
                    return unit.problemAt(line, message);
                }
            }
        }
        return RuleProblem.inFile("(rule set)", message);
    }

    private Questionnaire questionnaireOf(RuleSetManifest manifest) {
        return questionnaires.get(manifest.questionnaireId(), manifest.questionnaireVersion());
    }

    private List<TestCaseResult> runTests(RuleSetSource source, Questionnaire questionnaire, CompiledRuleSet compiled) {
        List<TestCaseResult> results = new ArrayList<>();
        for (String file : source.testFiles()) {
            String description = "";
            List<String> failures;
            try {
                TestCase test = TestCase.read(StrictJson.read(source.bytes(file)), questionnaire);
                description = test.description();
                failures = Expectations.failures(test.expect(), evaluate(test.submission(), compiled));
            } catch (EvaluationsBusy e) {
                throw e;
            } catch (SubmissionInvalid e) {
                failures = e.errors().stream().map(x -> "submission " + x.pointer() + ": " + x.message()).toList();
            } catch (IllegalArgumentException | AssessorException e) {
                failures = List.of(e.getMessage());
            }
            results.add(new TestCaseResult(file, description, failures));
        }
        return results;
    }

    private AssessmentResult evaluate(JsonNode submission, CompiledRuleSet compiled) {
        return evaluator.evaluate(reader.read(submission), compiled);
    }
}
