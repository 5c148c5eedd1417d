package org.assessor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.assessor.BundledData;
import org.assessor.core.Rating;
import org.assessor.fuzz.SubmissionGenerator;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.result.RatingsSnapshot;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.rules.SharedLayers;
import org.assessor.rules.sandbox.SandboxGuard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract impact analysis relies on ({@link org.assessor.rules.ChangedCriteria}): under the
 * shared rating layers, a criterion rated from the facts that bear on it alone
 * ({@link Evaluator#criterionRatings}) gets the rating a full evaluation gives it. Checked on
 * generated submissions (one to five respondents, peer reviews among them) for every bundled
 * rule set that uses a shared layer, on each criterion alone and on random sets of criteria.
 */
class CriterionRatingsTest {
    private static final QuestionnaireCatalog QUESTIONNAIRES = QuestionnaireCatalog.load(BundledData.questionnaires());
    private static final RuleSetRegistry RULE_SETS = RuleSetRegistry.load(BundledData.ruleSets(),
            new RuleSetCompiler(new SandboxGuard()));
    private static final Evaluator EVALUATOR = new Evaluator(QUESTIONNAIRES, RULE_SETS,
            new RuleRunner(EvaluationLimits.DEFAULT), Clock.systemUTC());
    private static final SubmissionReader READER = new SubmissionReader(QUESTIONNAIRES);

    /** Every bundled rule set that uses a shared layer, as (questionnaire, version). */
    static List<Arguments> ruleSetsWithASharedLayer() {
        return RULE_SETS.all().stream().filter(r -> r.source().manifest().shared() != null)
                .map(r -> Arguments.of(r.id().questionnaireId(), r.id().version())).toList();
    }

    @Test
    void everyBundledSharedLayerIsCheckedHere() {
        Set<String> used = new HashSet<>();
        RULE_SETS.all().forEach(r -> used.add(r.source().manifest().shared()));
        assertThat(used).containsAll(SharedLayers.bundled().names());
    }

    @ParameterizedTest
    @MethodSource("ruleSetsWithASharedLayer")
    void aCriterionRatedFromItsOwnFactsGetsItsFullRating(String questionnaireId, String version) {
        CompiledRuleSet ruleSet = RULE_SETS.find(new RuleSetId(questionnaireId, version)).orElseThrow();
        Questionnaire questionnaire = QUESTIONNAIRES.get(questionnaireId, ruleSet.source().manifest().questionnaireVersion());
        assertThat(ruleSet.source().manifest().shared()).as("uses a shared layer").isNotNull();
        Random random = new Random(questionnaireId.hashCode() + version.hashCode());
        SubmissionGenerator generator = new SubmissionGenerator(random, List.of(questionnaire));
        List<String> criteria = new ArrayList<>(questionnaire.criteria().keySet());
        Set<String> ratingsSeen = new HashSet<>();
        Set<String> batchCriteria = Set.copyOf(criteria.subList(0, Math.min(4, criteria.size())));
        List<Submission> batch = new ArrayList<>();
        List<Map<String, Rating>> batchExpected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Submission submission = READER.read(generator.valid(questionnaire, "site-" + i)
                    .put("questionnaireVersion", questionnaire.version()));
            Map<String, Rating> full = criteria(EVALUATOR.ratings(submission, ruleSet));
            batch.add(submission);
            Map<String, Rating> inBatch = new LinkedHashMap<>(full);
            inBatch.keySet().retainAll(batchCriteria);
            batchExpected.add(inBatch);
            full.values().forEach(r -> ratingsSeen.add(r.code()));
            if (i < 3) {
                for (String criterion : criteria) {
                    assertThat(EVALUATOR.criterionRatings(submission, ruleSet, Set.of(criterion)))
                            .as("submission %d, criterion %s alone", i, criterion)
                            .containsExactlyEntriesOf(Map.of(criterion, full.get(criterion)));
                }
            }
            Set<String> some = new HashSet<>();
            int size = 1 + random.nextInt(6);
            while (some.size() < size) {
                some.add(criteria.get(random.nextInt(criteria.size())));
            }
            Map<String, Rating> expected = new LinkedHashMap<>(full);
            expected.keySet().retainAll(some);
            assertThat(EVALUATOR.criterionRatings(submission, ruleSet, some)).as("submission %d, %s", i, some)
                    .containsExactlyEntriesOf(expected);
        }
        assertThat(ratingsSeen).as("the submissions rate criteria every way").contains("met", "partly-met", "not-met");
        assertThat(EVALUATOR.criterionRatings(batch, ruleSet, batchCriteria)).as("the 25 in one batch, in order")
                .map(BatchRatings::orThrow).containsExactlyElementsOf(batchExpected);
    }

    private static Map<String, Rating> criteria(RatingsSnapshot snapshot) {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        snapshot.standards().forEach(s -> s.criteria().forEach(c -> ratings.put(c.id(), c.rating())));
        return ratings;
    }
}
