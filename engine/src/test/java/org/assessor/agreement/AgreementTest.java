package org.assessor.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.junit.jupiter.api.Test;

/** A criterion's agreement from its respondent ratings, on the questionnaire's scale. */
class AgreementTest {
    private static final RatingScale SCALE = RatingScale.MET_SCALE;
    private static final Rating MET = SCALE.level("met");
    private static final Rating PARTLY = SCALE.level("partly-met");
    private static final Rating NOT_MET = SCALE.level("not-met");

    private static RoleRating r(String role, Rating rating) {
        return new RoleRating(role, rating);
    }

    @Test
    void theSpreadCountsEveryRatedLevelBestFirstAndLeavesOutUnratedOnes() {
        Agreement a = Agreement.of(SCALE, List.of(r("board", MET), r("frontline-staff", NOT_MET),
                r("frontline-staff", NOT_MET), r("partner", SCALE.notApplicable()), r("carer", SCALE.notRated())), 0.7);

        assertThat(a.spread()).containsExactly(entry(MET, 1), entry(PARTLY, 0), entry(NOT_MET, 2));
        assertThat(a.rated()).isEqualTo(3);
    }

    @Test
    void disagreeingRespondentsAreFlaggedLowAndAgreeingOnesAreNot() {
        // ranks 2, 2, 0 → r_wg clamped to 0 (see WithinGroupAgreementTest)
        Agreement split = Agreement.of(SCALE, List.of(r("board", MET), r("board", MET), r("service-user", NOT_MET)),
                0.7);
        Agreement alike = Agreement.of(SCALE, List.of(r("board", MET), r("partner", MET)), 0.7);

        assertThat(split.index()).isEqualTo(0.0);
        assertThat(split.low()).isTrue();
        assertThat(alike.index()).isEqualTo(1.0);
        assertThat(alike.low()).isFalse();
    }

    @Test
    void theThresholdIsGivenNotBuiltIn() {
        // ranks 2, 1, 1 → 0.5
        List<RoleRating> ratings = List.of(r("board", MET), r("partner", PARTLY), r("carer", PARTLY));

        assertThat(Agreement.of(SCALE, ratings, 0.7).low()).isTrue();
        assertThat(Agreement.of(SCALE, ratings, 0.5).low()).isFalse();
        assertThat(Agreement.of(SCALE, ratings, 0.51).low()).isTrue();
    }

    @Test
    void oneRatingHasNoIndexAndIsNeverLow() {
        Agreement a = Agreement.of(SCALE, List.of(r("board", MET), r("partner", SCALE.notRated())), 0.7);

        assertThat(a.index()).isNull();
        assertThat(a.low()).isFalse();
        assertThat(a.rated()).isEqualTo(1);
    }

    @Test
    void eachRoleGroupHasItsMostFrequentLevelAndTheLowerOneOnATie() {
        Agreement a = Agreement.of(SCALE, List.of(
                r("frontline-staff", MET), r("board", MET), r("frontline-staff", NOT_MET),
                r("frontline-staff", NOT_MET), r("board", PARTLY), r("partner", SCALE.notApplicable()),
                r("carer", SCALE.notRated())), 0.7);

        assertThat(a.byRole()).containsExactly(
                new RoleGroup("frontline-staff", 3, NOT_MET),
                new RoleGroup("board", 2, PARTLY),
                new RoleGroup("partner", 0, SCALE.notApplicable()),
                new RoleGroup("carer", 0, SCALE.notRated()));
    }

    @Test
    void anotherScaleCountsItsOwnLevels() {
        RatingScale stages = RatingScale.of(List.of(
                        new RatingScale.Declared("embedded", "Embedded", "E", "#1a9850"),
                        new RatingScale.Declared("developing", "Developing", "D", "#a6d96a"),
                        new RatingScale.Declared("started", "Started", "S", "#fdae61"),
                        new RatingScale.Declared("absent", "Absent", "A", "#d73027")),
                new RatingScale.Declared("not-applicable", "Not applicable", "NA", "#bfbfbf"),
                new RatingScale.Declared("not-rated", "Not rated", "NR", "#ffffff"));

        // ranks 3, 2 on A = 4 → 0.6 (see WithinGroupAgreementTest)
        Agreement a = Agreement.of(stages, List.of(r("board", stages.level("embedded")),
                r("partner", stages.level("developing"))), 0.7);

        assertThat(a.spread().keySet()).extracting(Rating::code)
                .containsExactly("embedded", "developing", "started", "absent");
        assertThat(a.index()).isEqualTo(0.6);
        assertThat(a.low()).isTrue();
    }

    @Test
    void aStandardAveragesTheIndexesOfItsCriteriaThatHaveOne() {
        Agreement one = Agreement.of(SCALE, List.of(r("board", MET), r("partner", MET)), 0.7);
        Agreement half = Agreement.of(SCALE, List.of(r("board", MET), r("partner", PARTLY), r("carer", PARTLY)), 0.7);
        Agreement none = Agreement.of(SCALE, List.of(r("board", MET)), 0.7);

        // (1 + 0.5) / 2 = 0.75: two criteria had an index; the third and the unmeasured one do not count
        assertThat(StandardAgreement.of(java.util.Arrays.asList(one, half, none, null), 0.7))
                .isEqualTo(new StandardAgreement(0.75, false, 2));
        assertThat(StandardAgreement.of(List.of(half, half), 0.7)).isEqualTo(new StandardAgreement(0.5, true, 2));
        assertThat(StandardAgreement.of(List.of(none), 0.7)).isNull();
    }

    private static java.util.Map.Entry<Rating, Integer> entry(Rating rating, int n) {
        return java.util.Map.entry(rating, n);
    }
}
