package org.assessor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.assessor.BundledData;
import org.assessor.core.Rating;
import org.assessor.questionnaire.Question;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.result.Placement;
import org.assessor.result.Verdict;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.Outcomes;
import org.assessor.rules.RuleFileGuard;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetSource;
import org.assessor.rules.fact.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The readiness-for-change rules must conclude exactly one verdict for every evaluation, with
 * the placement that goes with it; the result would otherwise silently show whichever verdict
 * came first. Checked over many varied submissions: self-assessments by one to four respondents
 * who skip, qualify and disagree, and peer reviews with every rating, not-rated included; under
 * version 1.0.0 (placement follows the verdict) and 1.1.0 (placement also weighs the structures
 * and ImROC's entry conditions, and can be "not yet").
 */
class ReadinessVerdictTest {
    private static final Map<Verdict, Placement> PLACEMENT = Map.of(Verdict.READY, Placement.DEMONSTRATION,
            Verdict.READY_WITH_CONDITIONS, Placement.PILOT, Verdict.NOT_YET_READY, Placement.NETWORK);
    private static final Map<Verdict, Set<Placement>> PLACEMENTS_1_1 = Map.of(
            Verdict.READY, EnumSet.of(Placement.DEMONSTRATION, Placement.PILOT, Placement.NOT_YET),
            Verdict.READY_WITH_CONDITIONS, EnumSet.of(Placement.PILOT, Placement.NETWORK, Placement.NOT_YET),
            Verdict.NOT_YET_READY, EnumSet.of(Placement.NOT_YET));
    private static final Site SITE = new Site("varied", "Varied site");

    private static Questionnaire questionnaire;
    private static CompiledRuleSet rules;
    private final RuleRunner runner = new RuleRunner(EvaluationLimits.DEFAULT);
    private final SubmissionFacts facts = new SubmissionFacts();

    private static void load(String version) {
        questionnaire = QuestionnaireCatalog.load(BundledData.questionnaires()).get("readiness-for-change", version);
        rules = new RuleSetCompiler(RuleFileGuard.NONE).compile(
                RuleSetSource.fromFolder(BundledData.ruleSets().resolve("readiness-for-change/" + version)));
    }

    @Test
    void everyEvaluationGetsExactlyOneVerdictWithItsPlacement() {
        load("1.0.0");
        Set<Verdict> seen = evaluateVaried((verdict, placement) -> assertThat(placement).isEqualTo(PLACEMENT.get(verdict)));
        assertThat(seen).as("the submissions reach every verdict").containsExactlyInAnyOrder(Verdict.values());
    }

    @Test
    void under110EveryEvaluationGetsOneVerdictAndOnePlacementThatFitsIt() {
        load("1.1.0");
        Set<Placement> placements = EnumSet.noneOf(Placement.class);
        Set<Verdict> seen = evaluateVaried((verdict, placement) -> {
            assertThat(PLACEMENTS_1_1.get(verdict)).contains(placement);
            placements.add(placement);
        });
        assertThat(seen).as("the submissions reach every verdict").containsExactlyInAnyOrder(Verdict.values());
        assertThat(placements).as("and every placement").containsExactlyInAnyOrder(Placement.values());
    }

    private Set<Verdict> evaluateVaried(java.util.function.BiConsumer<Verdict, Placement> check) {
        Random random = new Random(20261121);
        Set<Verdict> seen = EnumSet.noneOf(Verdict.class);
        for (int i = 0; i < 150; i++) {
            Submission submission = i % 3 == 2 ? peerReview(random) : selfAssessment(random);
            Outcomes outcomes = runner.run(rules, facts.of(questionnaire, submission));
            List<Outcome> verdicts = outcomes.all(Outcome.class).stream().filter(o -> o.name().equals("verdict"))
                    .toList();
            List<Outcome> placements = outcomes.all(Outcome.class).stream()
                    .filter(o -> o.name().equals("placement")).toList();

            assertThat(verdicts).as("verdicts of submission %d, by rules %s", i,
                    verdicts.stream().map(outcomes::ruleOf).toList()).hasSize(1);
            assertThat(placements).as("placements of submission %d, by rules %s", i,
                    placements.stream().map(outcomes::ruleOf).toList()).hasSize(1);
            Verdict verdict = Verdict.fromCode(verdicts.get(0).value()).orElseThrow();
            check.accept(verdict, Placement.fromCode(placements.get(0).value()).orElseThrow());
            seen.add(verdict);
        }
        return seen;
    }

    /**
     * Respondents who each lean one way, skip some questions (in some submissions whole
     * standards) and say not-applicable where they may.
     */
    private static Submission selfAssessment(Random random) {
        List<Respondent> respondents = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        Set<String> skipped = skippedStandards(random);
        for (int r = 0; r < count; r++) {
            int lean = random.nextInt(5);
            Map<String, AnswerValue> answers = new LinkedHashMap<>();
            for (Question q : questionnaire.questions().values()) {
                if (!q.type().isRated() || random.nextInt(10) == 0 || skipped.contains(standardOf(q))) {
                    continue;
                }
                if (q.notApplicable() && random.nextInt(6) == 0) {
                    answers.put(q.id(), AnswerValue.text("not-applicable"));
                    continue;
                }
                int level = Math.max(0, Math.min(2, (lean + random.nextInt(3) - 1) / 2));
                answers.put(q.id(), answer(q, level, random));
            }
            respondents.add(new Respondent("r" + (r + 1), "other", answers));
        }
        return new Submission(questionnaire.id(), questionnaire.version(), SITE, Mode.SELF, null, respondents,
                Map.of(), null);
    }

    private static Submission peerReview(Random random) {
        Rating[] values = {Rating.MET, Rating.MET, Rating.PARTLY_MET, Rating.PARTLY_MET, Rating.NOT_MET,
                Rating.NOT_APPLICABLE, Rating.NOT_RATED};
        int spread = 2 + random.nextInt(values.length - 1);
        Set<String> skipped = skippedStandards(random);
        Map<String, Rating> ratings = new LinkedHashMap<>();
        questionnaire.standards().values().stream().filter(s -> !skipped.contains(s.id()))
                .flatMap(s -> s.criteria().stream())
                .forEach(c -> ratings.put(c.id(), values[random.nextInt(spread)]));
        return new Submission(questionnaire.id(), questionnaire.version(), SITE, Mode.PEER, null, List.of(), ratings,
                null);
    }

    /** No standard in two submissions of three; up to half of them, at random, in the third. */
    private static Set<String> skippedStandards(Random random) {
        Set<String> skipped = new java.util.HashSet<>();
        if (random.nextInt(3) == 0) {
            int most = 1 + random.nextInt(questionnaire.standards().size() / 2);
            questionnaire.standards().keySet().stream().filter(id -> random.nextInt(10) < most).forEach(skipped::add);
        }
        return skipped;
    }

    private static String standardOf(Question q) {
        String criterion = questionnaire.criterionOf(q.id()).id();
        return questionnaire.standards().values().stream()
                .filter(s -> s.criteria().stream().anyMatch(c -> c.id().equals(criterion)))
                .findFirst().orElseThrow().id();
    }

    /** An answer at {@code level}: 0 low, 1 middling, 2 high. */
    private static AnswerValue answer(Question q, int level, Random random) {
        return switch (q.type()) {
            case YES_PARTLY_NO -> AnswerValue.text(new String[] {"no", "partly", "yes"}[level]);
            case AGREEMENT -> AnswerValue.number(BigDecimal.valueOf(new int[] {1 + random.nextInt(2), 3,
                    4 + random.nextInt(2)}[level]));
            case NUMBER -> AnswerValue.number(BigDecimal.valueOf(q.min() + random.nextInt(
                    (int) (q.max() - q.min()) + 1)));
            case CHOICE -> AnswerValue.text(q.options().get(random.nextInt(q.options().size())).id());
            case EVIDENCE -> throw new IllegalArgumentException("evidence is not rated");
        };
    }
}
