package org.assessor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assessor.Fixture;
import org.assessor.core.ActionLevel;
import org.assessor.core.Priority;
import org.assessor.core.Rating;
import org.assessor.result.AssessmentResult;
import org.assessor.result.CriterionResult;
import org.assessor.result.Reason;
import org.assessor.result.StandardResult;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.Outcomes;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.fact.AnswerFact;
import org.assessor.rules.fact.CriterionRating;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Evaluations of the fixture questionnaire through the real fixture rule set and Drools. */
class EvaluatorTest {
    private static final String ALL_YES = "'1.1.a.1': 'yes', '1.1.a.2': 'yes', '1.1.b.1': 5, '1.1.c.1': 0, "
            + "'1.1.c.2': 'quality', '1.2.a.1': 'yes', '1.2.b.1': 'yes', '2.1.a.1': 'yes', '2.1.b.1': 'yes', "
            + "'2.1.c.1': 'yes'";
    private static final String ALL_NO = "'1.1.a.1': 'no', '1.1.a.2': 'no', '1.1.b.1': 1, '1.1.c.1': 9, "
            + "'1.1.c.2': 'finance', '1.2.a.1': 'no', '1.2.b.1': 'no', '2.1.a.1': 'no', '2.1.b.1': 'no', "
            + "'2.1.c.1': 'no'";
    private final Fixture fixture = Fixture.get();

    private AssessmentResult self(String answers) {
        return fixture.evaluate("{'questionnaireId': 'demo', 'site': {'id': 'swl'}, 'answers': {" + answers + "}}");
    }

    private static Rating standard(AssessmentResult result, String id) {
        return result.standard(id).orElseThrow().rating();
    }

    private static CriterionResult criterion(AssessmentResult result, String id) {
        return result.criterion(id).orElseThrow();
    }

    @Nested
    class StandardsReachEachRating {

        @Test
        void everyAnswerPositiveMeetsEveryStandardWithNoActions() {
            AssessmentResult result = self(ALL_YES);
            assertThat(result.standards()).extracting(StandardResult::rating).containsOnly(Rating.MET);
            assertThat(result.sections()).allSatisfy(s -> assertThat(s.rating()).isEqualTo(Rating.MET));
            assertThat(result.overall().rating()).isEqualTo(Rating.MET);
            assertThat(result.overall().counts().get(Rating.MET)).isEqualTo(3);
            assertThat(result.overall().criterionCounts().get(Rating.MET)).isEqualTo(8);
            assertThat(result.actions()).isEmpty();
        }

        @Test
        void everyAnswerNegativeFailsEveryStandardAndRecommendsActionsByPriority() {
            AssessmentResult result = self(ALL_NO);
            assertThat(result.standards()).extracting(StandardResult::rating).containsOnly(Rating.NOT_MET);
            assertThat(result.overall().rating()).isEqualTo(Rating.NOT_MET);
            assertThat(result.actions()).extracting(a -> a.id()).containsExactly("A1.1-1", "A2.1-1", "A1.2-1");
            assertThat(result.actions().get(0).priority()).isEqualTo(Priority.HIGH);
            assertThat(result.actions().get(2).level()).isEqualTo(ActionLevel.TEAM);
            assertThat(result.standard("2.1").orElseThrow().actions()).extracting(a -> a.id()).containsExactly("A2.1-1");
        }

        @Test
        void middlingAnswersPartlyMeetAStandard() {
            AssessmentResult result = self(ALL_YES.replace("'1.1.b.1': 5", "'1.1.b.1': 3")
                    .replace("'1.1.c.1': 0", "'1.1.c.1': 3").replace("'quality'", "'policy'"));
            assertThat(criterion(result, "1.1.b").rating()).isEqualTo(Rating.PARTLY_MET);
            assertThat(criterion(result, "1.1.c").rating()).isEqualTo(Rating.PARTLY_MET);
            assertThat(standard(result, "1.1")).isEqualTo(Rating.PARTLY_MET);
            assertThat(result.sections().get(0).rating()).isEqualTo(Rating.PARTLY_MET);
            assertThat(result.overall().rating()).isEqualTo(Rating.PARTLY_MET);
            assertThat(result.actions()).extracting(a -> a.id()).containsExactly("A1.1-2");
        }
    }

    @Test
    void aCriticalCriterionNotMetCapsItsStandardAndSaysSo() {
        AssessmentResult result = self(ALL_YES.replace("'2.1.a.1': 'yes'", "'2.1.a.1': 'no'"));
        assertThat(criterion(result, "2.1.a").critical()).isTrue();
        assertThat(criterion(result, "2.1.b").rating()).isEqualTo(Rating.MET);
        StandardResult costs = result.standard("2.1").orElseThrow();
        assertThat(costs.rating()).as("2 of 3 met would be partly-met; the cap makes it not-met").isEqualTo(Rating.NOT_MET);
        assertThat(costs.reasons()).extracting(Reason::rule).contains(
                "roll-up: a critical criterion that is not met holds its standard at not-met",
                "roll-up: the standard is held at the lowest cap of its critical criteria");
        assertThat(costs.reasons()).extracting(Reason::detail)
                .contains("critical criterion 2.1.a holds the standard at not-met or below");
    }

    @Test
    void reasonsNameTheRulesAndTheAnswersTheyUsed() {
        AssessmentResult result = self(ALL_YES.replace("'1.1.a.2': 'yes'", "'1.1.a.2': 'partly'"));
        CriterionResult crisis = criterion(result, "1.1.a");
        assertThat(crisis.rating()).isEqualTo(Rating.MET);
        Reason rating = crisis.reasons().get(0);
        assertThat(rating.rule()).isEqualTo("1.1.a met");
        assertThat(rating.respondent()).isEqualTo("r1");
        assertThat(rating.detail()).isEqualTo("answered 2 of 2 rated questions; 2 applicable earned 3 of 4 points (75%)");
        assertThat(rating.answers()).extracting(a -> a.question() + "=" + a.value() + ":" + a.level())
                .containsExactly("1.1.a.1=yes:positive", "1.1.a.2=partly:partial");
        assertThat(crisis.reasons().get(1).rule()).isEqualTo("consolidate: met when more than half of the respondents rate it met");
    }

    @Test
    void theResultCarriesTheRuleSetVersionAndContentHash() {
        AssessmentResult result = self(ALL_YES);
        assertThat(result.ruleSet().version()).isEqualTo("1.0.0");
        assertThat(result.ruleSet().hash()).isEqualTo(fixture.ruleSets.active("demo").hash()).startsWith("sha256:");
        assertThat(result.questionnaire().version()).isEqualTo("1.0.0");
        assertThat(result.evaluatedAt()).isEqualTo(Fixture.CLOCK.instant());
    }

    @Test
    void evidenceTextIsKeptOutOfTheRating() {
        AssessmentResult with = self(ALL_YES + ", '1.1.a.3': 'We had no incidents; see board minutes.'");
        AssessmentResult without = self(ALL_YES);
        assertThat(criterion(with, "1.1.a")).isEqualTo(criterion(without, "1.1.a"));
    }

    @Nested
    class SeveralRespondents {

        @Test
        void theMajorityRatingWinsAndMetAgainstNotMetIsFlagged() {
            AssessmentResult result = fixture.evaluate("""
                    {'questionnaireId': 'demo', 'site': {'id': 'swl'}, 'respondents': [
                      {'id': 'ceo', 'role': 'board', 'answers': {'1.2.a.1': 'yes'}},
                      {'id': 'mgr', 'role': 'middle-manager', 'answers': {'1.2.a.1': 'yes'}},
                      {'id': 'nurse', 'role': 'frontline-staff', 'answers': {'1.2.a.1': 'no'}}]}
                    """);
            CriterionResult leadership = criterion(result, "1.2.a");
            assertThat(leadership.rating()).isEqualTo(Rating.MET);
            assertThat(leadership.disagreement()).isTrue();
            assertThat(leadership.respondents()).extracting(r -> r.role() + ":" + r.rating().code())
                    .containsExactly("board:met", "middle-manager:met", "frontline-staff:not-met");
            assertThat(leadership.reasons()).extracting(Reason::detail)
                    .contains("respondents: 2 met, 1 not-met", "2 respondent(s) rated it met and 1 not-met");
        }

        @Test
        void withNoMajorityTheCriterionIsPartlyMet() {
            AssessmentResult result = fixture.evaluate("""
                    {'questionnaireId': 'demo', 'site': {'id': 'swl'}, 'respondents': [
                      {'role': 'board', 'answers': {'1.2.b.1': 'yes'}},
                      {'role': 'frontline-staff', 'answers': {'1.2.b.1': 'no'}}]}
                    """);
            assertThat(criterion(result, "1.2.b").rating()).isEqualTo(Rating.PARTLY_MET);
            assertThat(criterion(result, "1.2.b").disagreement()).isTrue();
        }

        @Test
        void agreementIsNotFlagged() {
            AssessmentResult result = fixture.evaluate("""
                    {'questionnaireId': 'demo', 'site': {'id': 'swl'}, 'respondents': [
                      {'role': 'board', 'answers': {'1.2.b.1': 'partly'}},
                      {'role': 'carer', 'answers': {'1.2.b.1': 'no'}}]}
                    """);
            assertThat(criterion(result, "1.2.b").rating()).isEqualTo(Rating.PARTLY_MET);
            assertThat(criterion(result, "1.2.b").disagreement()).isFalse();
        }
    }

    @Test
    void aPeerReviewGetsTheSameRollUpAndActionsAsTheSameSelfRatings() {
        AssessmentResult peer = fixture.evaluate("""
                {'questionnaireId': 'demo', 'site': {'id': 'swl'}, 'mode': 'peer', 'ratings': {
                  '1.1.a': 'met', '1.1.b': 'met', '1.1.c': 'met', '1.2.a': 'met', '1.2.b': 'met',
                  '2.1.a': 'not-met', '2.1.b': 'met', '2.1.c': 'met'}}
                """);
        AssessmentResult self = self(ALL_YES.replace("'2.1.a.1': 'yes'", "'2.1.a.1': 'no'"));
        assertThat(peer.mode()).isEqualTo(Mode.PEER);
        assertThat(peer.standards()).extracting(StandardResult::rating)
                .containsExactlyElementsOf(self.standards().stream().map(StandardResult::rating).toList());
        assertThat(peer.actions()).isEqualTo(self.actions());
        assertThat(criterion(peer, "1.1.a").reasons()).extracting(Reason::rule)
                .containsExactly("consolidate: a peer review's rating stands as given");
    }

    @Nested
    class NotApplicableAndNotRated {

        @Test
        void aCriterionEveryoneFindsNotApplicableLeavesTheDenominator() {
            AssessmentResult result = self(ALL_YES.replace("'2.1.c.1': 'yes'", "'2.1.c.1': 'not-applicable'"));
            assertThat(criterion(result, "2.1.c").rating()).isEqualTo(Rating.NOT_APPLICABLE);
            assertThat(standard(result, "2.1")).as("2 of 2 rated criteria met").isEqualTo(Rating.MET);
            assertThat(result.overall().criterionCounts().get(Rating.NOT_APPLICABLE)).isEqualTo(1);
        }

        @Test
        void aNotApplicableAnswerLeavesTheOtherQuestionsOfItsCriterionToDecide() {
            AssessmentResult result = self(ALL_YES.replace("'1.1.a.2': 'yes'", "'1.1.a.2': 'not-applicable'"));
            assertThat(criterion(result, "1.1.a").rating()).isEqualTo(Rating.MET);
        }

        @Test
        void unansweredCriteriaAreNotRatedAndSoIsAStandardMostlyUnanswered() {
            AssessmentResult result = self("'1.1.a.1': 'yes', '1.1.a.2': 'yes'");
            assertThat(criterion(result, "1.1.b").rating()).isEqualTo(Rating.NOT_RATED);
            assertThat(criterion(result, "1.1.b").reasons()).extracting(Reason::rule)
                    .containsExactly("consolidate: not-rated when no respondent could rate it");
            assertThat(standard(result, "1.1")).as("1 rated, 2 not rated").isEqualTo(Rating.NOT_RATED);
            assertThat(standard(result, "2.1")).isEqualTo(Rating.NOT_RATED);
            assertThat(result.overall().rating()).isEqualTo(Rating.NOT_RATED);
        }

        @Test
        void theOverallRatingIgnoresNoStandardItCouldNotRate() {
            AssessmentResult result = self("'1.2.a.1': 'yes', '1.2.b.1': 'yes'");
            assertThat(standard(result, "1.2")).isEqualTo(Rating.MET);
            assertThat(result.overall().counts().get(Rating.NOT_RATED)).isEqualTo(2);
            assertThat(result.overall().rating()).as("1 standard rated, 2 not").isEqualTo(Rating.NOT_RATED);
        }

        @Test
        void aStandardCannotBeMetWithoutEvidenceOnItsCriticalCriterion() {
            AssessmentResult result = self(ALL_YES.replace("'2.1.a.1': 'yes', ", ""));
            assertThat(criterion(result, "2.1.a").rating()).isEqualTo(Rating.NOT_RATED);
            assertThat(standard(result, "2.1")).as("2 of 2 rated criteria met, critical one unrated")
                    .isEqualTo(Rating.PARTLY_MET);
            assertThat(result.standard("2.1").orElseThrow().reasons()).extracting(Reason::rule)
                    .contains("roll-up: a critical criterion that could not be rated holds its standard at partly-met");
        }

        @Test
        void dontKnowCountsAsUnanswered() {
            AssessmentResult result = self(ALL_YES.replace("'1.2.a.1': 'yes'", "'1.2.a.1': 'dont-know'"));
            assertThat(criterion(result, "1.2.a").rating()).isEqualTo(Rating.NOT_RATED);
            assertThat(standard(result, "1.2")).as("1 rated and 1 not rated").isEqualTo(Rating.MET);
        }

        @Test
        void answeringFewerThanHalfOfACriterionsQuestionsDoesNotRateIt() {
            AssessmentResult result = self(ALL_YES.replace("'1.1.c.2': 'quality'", "'1.1.c.2': 'dont-know'")
                    .replace("'1.1.c.1': 0, ", ""));
            assertThat(criterion(result, "1.1.c").rating()).isEqualTo(Rating.NOT_RATED);
        }
    }

    @Test
    void theFactsOfASubmissionAreWhatItsSessionRatesFrom() {
        Submission submission = fixture.submission("{'questionnaireId': 'demo', 'site': {'id': 'swl'}, 'answers': {"
                + ALL_YES.replace("'1.2.a.1': 'yes'", "'1.2.a.1': 'dont-know'") + "}}");
        CompiledRuleSet ruleSet = fixture.evaluator.ruleSetFor(submission);
        List<Object> facts = fixture.evaluator.facts(submission, ruleSet);

        assertThat(facts).filteredOn(AnswerFact.class::isInstance).map(f -> ((AnswerFact) f).questionId())
                .as("one fact per rated answer; dont-know is not rated").hasSize(9).contains("1.1.a.1")
                .doesNotContain("1.2.a.1");
        Outcomes outcomes = new RuleRunner(EvaluationLimits.DEFAULT).run(ruleSet, facts);
        AssessmentResult result = fixture.evaluator.evaluate(submission, ruleSet);
        assertThat(outcomes.all(CriterionRating.class)).as("the fixture's 8 criteria, rated as the evaluation rates them")
                .hasSize(8)
                .allSatisfy(r -> assertThat(r.rating()).isEqualTo(criterion(result, r.criterionId()).rating()));
    }

    @Test
    void aRuleSetVersionThatDoesNotExistIsAFieldError() {
        assertThatThrownBy(() -> fixture.evaluate("{'questionnaireId': 'demo', 'site': {'id': 'a'},"
                + " 'ruleSetVersion': '7.0.0', 'answers': {}}"))
                .isInstanceOfSatisfying(SubmissionInvalid.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("/ruleSetVersion",
                                "questionnaire demo has no rule-set version '7.0.0'")));
    }
}
