package org.assessor.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.Evaluations.demo;
import static org.assessor.Evaluations.demoPeer;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.OptionalInt;
import org.assessor.Evaluations;
import org.assessor.assessment.Mode;
import org.assessor.core.Rating;
import org.assessor.result.AssessmentResult;
import org.junit.jupiter.api.Test;

class CyclesTest {
    private static final ComparisonFilter DEMO = ComparisonFilter.of("demo");
    private static final String ALL_YES = "'1.1.a.1': 'yes', '1.1.a.2': 'yes', '1.1.b.1': 5, '1.1.c.1': 0, "
            + "'1.1.c.2': 'quality', '1.2.a.1': 'yes', '1.2.b.1': 'yes', '2.1.a.1': 'yes', '2.1.b.1': 'yes', "
            + "'2.1.c.1': 'yes'";

    private final AssessmentResult firstBaseline = demoPeer(demo(), "b0", "swl", "baseline", "2026-02-01",
            "NNN NN NNN");
    private final AssessmentResult baseline = demoPeer(demo(), "b1", "swl", "baseline", "2026-03-01", "MPN PP MMM");
    private final AssessmentResult followUp = demoPeer(demo(), "f1", "swl", "follow-up", "2026-09-01",
            "MMM MM NMM");
    private final AssessmentResult selfBaseline = Evaluations.evaluate(demo(), "s1", "2026-02-20",
            "{'questionnaireId': 'demo', 'site': {'id': 'swl', 'name': 'SWL'}, 'cycle': 'baseline', "
                    + "'answers': {" + ALL_YES + "}}");

    @Test
    void eachStandardsChangeSinceThePreviousCycleIsCountedInSteps() {
        Comparison c = Comparisons.compare(List.of(followUp, baseline), DEMO);

        assertThat(c.changes()).extracting(StandardChange::standardId, StandardChange::from, StandardChange::to,
                        StandardChange::steps)
                .containsExactly(
                        tuple("1.1", Rating.PARTLY_MET, Rating.MET, OptionalInt.of(1)),
                        tuple("1.2", Rating.PARTLY_MET, Rating.MET, OptionalInt.of(1)),
                        // 2.1.a is critical: not met, it holds 2.1 at not-met although two of three are met
                        tuple("2.1", Rating.MET, Rating.NOT_MET, OptionalInt.of(-2)));
        assertThat(c.changes()).allSatisfy(ch -> {
            assertThat(ch.fromAssessment()).isEqualTo("b1");
            assertThat(ch.fromCycle()).isEqualTo("baseline");
            assertThat(ch.toAssessment()).isEqualTo("f1");
            assertThat(ch.toCycle()).isEqualTo("follow-up");
        });
    }

    @Test
    void aResubmittedCycleReplacesTheEarlierOneAndModesAreFollowedSeparately() {
        Comparison c = Comparisons.compare(List.of(firstBaseline, followUp, selfBaseline, baseline), DEMO);

        assertThat(c.changes()).extracting(StandardChange::fromAssessment).containsOnly("b1");
        assertThat(c.changes()).extracting(StandardChange::mode).containsOnly(Mode.PEER);
    }

    @Test
    void aSiteAssessedOnceHasNoChange() {
        assertThat(Comparisons.compare(List.of(baseline), DEMO).changes()).isEmpty();
    }

    @Test
    void notApplicableHasNoStepsToCount() {
        AssessmentResult later = demoPeer(demo(), "f2", "swl", "follow-up", "2026-09-01", "XXX MM MMM");

        StandardChange s11 = Comparisons.compare(List.of(baseline, later), DEMO).changes().get(0);

        assertThat(s11.to()).isEqualTo(Rating.NOT_APPLICABLE);
        assertThat(s11.steps()).isEmpty();
    }

    @Test
    void selfAssessmentAndPeerReviewOfOneCycleAreSetSideBySide() {
        Comparison c = Comparisons.compare(List.of(selfBaseline, baseline, followUp), DEMO);

        assertThat(c.selfVsPeer()).extracting(SelfPeerGap::standardId, SelfPeerGap::self, SelfPeerGap::peer,
                        SelfPeerGap::steps)
                .containsExactly(
                        tuple("1.1", Rating.MET, Rating.PARTLY_MET, OptionalInt.of(1)),
                        tuple("1.2", Rating.MET, Rating.PARTLY_MET, OptionalInt.of(1)),
                        tuple("2.1", Rating.MET, Rating.MET, OptionalInt.of(0)));
        assertThat(c.selfVsPeer()).allSatisfy(g -> {
            assertThat(g.cycle()).isEqualTo("baseline");
            assertThat(g.selfAssessment()).isEqualTo("s1");
            assertThat(g.peerAssessment()).isEqualTo("b1");
        });
    }
}
