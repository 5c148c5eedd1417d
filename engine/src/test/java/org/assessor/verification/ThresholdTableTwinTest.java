package org.assessor.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assessor.BundledData;
import org.assessor.DecisionTables;
import org.assessor.Fixture;
import org.assessor.StrictJson;
import org.assessor.assessment.Evaluator;
import org.assessor.assessment.Submission;
import org.assessor.assessment.SubmissionReader;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.result.AssessmentResult;
import org.assessor.result.Verdict;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.PolicyTable;
import org.assessor.rules.RuleFileGuard;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.rules.RuleSetSource;
import org.assessor.rules.ThresholdTable;
import org.assessor.rules.fact.CriterionEvidence;
import org.assessor.rules.fact.RespondentRating;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.definition.rule.Rule;

/**
 * The readiness-for-change criterion ratings are kept in a threshold table for auditors
 * ({@code 20-thresholds.csv}), which the compiler turns into rules. Its twin is generated from
 * it as a Drools spreadsheet decision table (the path an auditor's own {@code .drl.csv} takes).
 * The bundled rule set and a copy of it with the twin in place of the table must rate everything
 * alike: every criterion at every share, coverage and applicability around the thresholds, and
 * the examples, the rule set's own test cases and the verifier's probes end to end (ratings,
 * reasons, actions and the readiness verdict). A difference means the threshold table does not
 * say what a decision table with the same numbers says.
 */
class ThresholdTableTwinTest {
    private static final String RULE_SET = "readiness-for-change/1.1.0";
    private static final String TABLE = "20-thresholds.csv";
    private static final String TWIN = "20-rate-criteria.drl.csv";
    private static final Path EXAMPLES = Path.of("..", "examples");

    private static QuestionnaireCatalog questionnaires;
    private static Questionnaire questionnaire;
    private static CompiledRuleSet table;
    private static CompiledRuleSet twin;
    private static RuleRunner runner;
    private static Evaluator evaluator;

    @BeforeAll
    static void compileTheTableAndItsTwin() throws IOException {
        questionnaires = QuestionnaireCatalog.load(BundledData.questionnaires());
        questionnaire = questionnaires.get("readiness-for-change", "1.1.0");
        RuleSetSource bundled = RuleSetSource.fromFolder(BundledData.ruleSets().resolve(RULE_SET));
        Map<String, byte[]> files = new TreeMap<>();
        bundled.fileNames().forEach(name -> files.put(name, bundled.bytes(name)));
        assertThat(files.remove(TABLE)).as("the bundled rule set's threshold table").isNotNull();
        ThresholdTable thresholds = ThresholdTable.read(TABLE, bundled.text(TABLE), new ArrayList<>());
        String answered = BigDecimal.valueOf(PolicyTable.read(bundled, new ArrayList<>()).orElseThrow()
                .get(PolicyTable.ANSWERED_AT_LEAST)).toPlainString();
        files.put(TWIN, DecisionTables.of(thresholds, answered).getBytes(StandardCharsets.UTF_8));
        files.put("40-critical.drl", DecisionTables.criticalRules(thresholds).getBytes(StandardCharsets.UTF_8));
        RuleSetCompiler compiler = new RuleSetCompiler(RuleFileGuard.NONE);
        table = compiler.compile(bundled);
        twin = compiler.compile(RuleSetSource.of(files));
        runner = new RuleRunner(EvaluationLimits.DEFAULT);
        evaluator = new Evaluator(questionnaires, new RuleSetRegistry(), runner, Fixture.CLOCK);
    }


    @Test
    void theTwinHasOneRuleOfTheSameNameForEveryRowOfTheTable() {
        assertThat(table.source().ruleFiles()).contains(TABLE);
        assertThat(twin.source().ruleFiles()).doesNotContain(TABLE).contains(TWIN);
        assertThat(ruleNames(twin)).isEqualTo(ruleNames(table));
        assertThat(ruleNames(table)).contains("S1.a met", "T1.a partly-met", "A3.c not-met");
    }

    @Test
    void everyCriterionIsRatedAlikeAtEveryShareCoverageAndApplicability() {
        List<String> differences = new ArrayList<>();
        for (String criterion : questionnaire.criteria().keySet()) {
            List<CriterionEvidence> grid = evidenceGrid(criterion);
            Map<String, Rating> byTable = respondentRatings(table, "the table", grid);
            Map<String, Rating> byTwin = respondentRatings(twin, "the twin", grid);
            for (CriterionEvidence e : grid) {
                Rating a = byTable.get(e.respondentId());
                Rating b = byTwin.get(e.respondentId());
                if (a != b) {
                    differences.add(String.format("%s at share %.4f, coverage %.2f, %d applicable: table %s, twin %s",
                            criterion, e.share(), e.coverage(), e.applicable(), a, b));
                }
            }
            assertThat(new java.util.HashSet<>(byTable.values())).as("ratings of %s", criterion)
                    .containsExactlyInAnyOrder(Rating.MET, Rating.PARTLY_MET, Rating.NOT_MET, Rating.NOT_APPLICABLE);
        }
        assertThat(differences).as("evidence the table and its twin rate differently").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> examplesTestCasesAndProbesGetTheSameResultsUnderBoth() {
        Map<String, Submission> submissions = submissions();
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        List<DynamicTest> tests = new ArrayList<>();
        submissions.forEach((name, submission) -> tests.add(DynamicTest.dynamicTest(name, () -> {
            AssessmentResult byTable = evaluator.evaluate(submission, table);
            AssessmentResult byTwin = evaluator.evaluate(submission, twin);
            assertThat(byTwin.sections()).as("ratings and reasons").isEqualTo(byTable.sections());
            assertThat(byTwin.overall()).as("overall rating").isEqualTo(byTable.overall());
            assertThat(byTwin.actions()).as("actions").isEqualTo(byTable.actions());
            assertThat(byTwin.readiness()).as("readiness").isEqualTo(byTable.readiness());
            verdicts.add(byTable.readiness().verdict());
        })));
        tests.add(DynamicTest.dynamicTest("the submissions reach every verdict", () ->
                assertThat(verdicts).containsExactlyInAnyOrder(Verdict.values())));
        return tests.stream();
    }

    /** The examples, the rule set's test cases (as completed by their fill) and the probes. */
    private static Map<String, Submission> submissions() {
        SubmissionReader reader = new SubmissionReader(questionnaires);
        Map<String, Submission> submissions = new LinkedHashMap<>();
        for (String example : List.of("self", "respondents", "peer")) {
            Path file = EXAMPLES.resolve("readiness-for-change-" + example + ".json");
            submissions.put("example " + file.getFileName(), reader.read(StrictJson.read(read(file))));
        }
        for (String file : table.source().testFiles()) {
            TestCase test = TestCase.read(StrictJson.read(table.source().bytes(file)), questionnaire);
            submissions.put("test case " + file, reader.read(test.submission()));
        }
        List<Submission> probes = Probes.selfAssessments(questionnaire);
        for (int i = 0; i < probes.size(); i++) {
            submissions.put("probe answering everything " + new String[] {"high", "middling", "low"}[i % 3]
                    + " (" + (i + 1) + ")", probes.get(i));
        }
        for (Rating rating : List.of(Rating.MET, Rating.PARTLY_MET, Rating.NOT_MET)) {
            submissions.put("peer probe rating every criterion " + rating.code(),
                    Probes.peerReview(questionnaire, rating));
        }
        assertThat(submissions).hasSizeGreaterThanOrEqualTo(3 + 13 + 3 + 3);
        return submissions;
    }

    /**
     * Evidence for {@code criterion} from one respondent per point: nothing applicable, and one to
     * three applicable answers at every share in 1/120 steps (which hits 0.4, 0.75 and 0.8
     * exactly), each at coverages below, at and above the 0.5 minimum.
     */
    private static List<CriterionEvidence> evidenceGrid(String criterion) {
        List<CriterionEvidence> grid = new ArrayList<>();
        for (double coverage : new double[] {0.25, 0.49, 0.5, 0.75, 1.0}) {
            grid.add(new CriterionEvidence("p" + grid.size(), criterion, 4, 4, 0, 0, 0, 0.0, coverage, List.of(),
                    RatingScale.MET_SCALE));
            for (int applicable = 1; applicable <= 3; applicable++) {
                for (int step = 0; step <= 120; step++) {
                    double share = step / 120.0;
                    grid.add(new CriterionEvidence("p" + grid.size(), criterion, 4, 4, applicable,
                            Math.round(share * 2 * applicable), 2.0 * applicable, share, coverage, List.of(),
                            RatingScale.MET_SCALE));
                }
            }
        }
        return grid;
    }

    /** The rating of each grid point; rows that overlap, giving one point two ratings, fail. */
    private static Map<String, Rating> respondentRatings(CompiledRuleSet ruleSet, String label,
                                                         List<CriterionEvidence> grid) {
        Map<String, Rating> ratings = new TreeMap<>();
        for (RespondentRating r : runner.run(ruleSet, withTheScale(grid)).all(RespondentRating.class)) {
            Rating earlier = ratings.put(r.respondentId(), r.rating());
            assertThat(earlier).as("%s gives one rating to %s", label, r.evidence()).isNull();
        }
        return ratings;
    }

    /** The grid, and the scale the threshold rules name their ratings on. */
    private static List<Object> withTheScale(List<CriterionEvidence> grid) {
        List<Object> facts = new ArrayList<>(grid);
        facts.add(RatingScale.MET_SCALE);
        return facts;
    }

    private static Set<String> ruleNames(CompiledRuleSet ruleSet) {
        Set<String> names = new TreeSet<>();
        ruleSet.kieBase().getKiePackages().forEach(p -> p.getRules().stream().map(Rule::getName).forEach(names::add));
        return names;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example " + file.toAbsolutePath(), e);
        }
    }
}
