package org.assessor.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * r_wg = 1 - s²/σ²_EU, checked against values worked by hand. On a scale of A = 3 rated levels
 * (ranks 0, 1, 2) the uniform null variance is σ²_EU = (3² - 1)/12 = 8/12 = 2/3.
 */
class WithinGroupAgreementTest {

    @Test
    void respondentsWhoAllGiveTheSameLevelAgreeFully() {
        // ranks 2, 2, 2: mean 2, every deviation 0, s² = 0, r_wg = 1 - 0 = 1
        assertThat(WithinGroupAgreement.index(List.of(2, 2, 2), 3)).hasValue(1.0);
    }

    @Test
    void oneRespondentAwayByOneLevelHalvesTheAgreementOfThree() {
        // ranks 2, 1, 1: mean 4/3; deviations 2/3, -1/3, -1/3; squares 4/9 + 1/9 + 1/9 = 6/9;
        // s² = (6/9)/(3-1) = 1/3; r_wg = 1 - (1/3)/(2/3) = 1 - 1/2 = 0.5
        assertThat(WithinGroupAgreement.index(List.of(2, 1, 1), 3).getAsDouble()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aSplitBetweenTheExtremesIsClampedToZero() {
        // ranks 2, 2, 0: mean 4/3; deviations 2/3, 2/3, -4/3; squares 4/9 + 4/9 + 16/9 = 24/9;
        // s² = (24/9)/2 = 4/3; r_wg = 1 - (4/3)/(2/3) = 1 - 2 = -1, clamped to 0
        assertThat(WithinGroupAgreement.index(List.of(2, 2, 0), 3)).hasValue(0.0);
    }

    @Test
    void fiveRespondentsOneMetOnePartlyThreeNotMet() {
        // ranks 2, 1, 0, 0, 0: mean 3/5; deviations 7/5, 2/5, -3/5 (three times);
        // squares 49/25 + 4/25 + 3 × 9/25 = 80/25 = 16/5; s² = (16/5)/4 = 4/5;
        // r_wg = 1 - (4/5)/(2/3) = 1 - 6/5 = -0.2, clamped to 0
        assertThat(WithinGroupAgreement.index(List.of(2, 1, 0, 0, 0), 3)).hasValue(0.0);
        // ranks 2, 2, 2, 2, 1: mean 9/5; deviations 1/5 (four times), -4/5; squares 4/25 + 16/25 = 20/25;
        // s² = (4/5)/4 = 1/5; r_wg = 1 - (1/5)/(2/3) = 1 - 3/10 = 0.7
        assertThat(WithinGroupAgreement.index(List.of(2, 2, 2, 2, 1), 3).getAsDouble()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void aFourLevelScaleHasItsOwnNullVariance() {
        // A = 4: σ²_EU = (16 - 1)/12 = 5/4. Ranks 3, 2: mean 5/2, squares 1/4 + 1/4 = 1/2,
        // s² = (1/2)/1 = 1/2; r_wg = 1 - (1/2)/(5/4) = 1 - 2/5 = 0.6
        assertThat(WithinGroupAgreement.index(List.of(3, 2), 4).getAsDouble()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void fewerThanTwoRatingsHaveNoIndex() {
        assertThat(WithinGroupAgreement.index(List.of(), 3)).isEmpty();
        assertThat(WithinGroupAgreement.index(List.of(1), 3)).isEmpty();
    }

    @Test
    void onAScaleOfOneLevelEveryRatingAgrees() {
        assertThat(WithinGroupAgreement.index(List.of(0, 0, 0), 1)).hasValue(1.0);
    }

    @Test
    void aRankOffTheScaleIsRefused() {
        assertThatThrownBy(() -> WithinGroupAgreement.index(List.of(0, 3), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rank 3");
        assertThatThrownBy(() -> WithinGroupAgreement.index(List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void indexesAreRoundedHalfUpToTwoDecimals() {
        assertThat(WithinGroupAgreement.rounded(0.615384)).isEqualTo(0.62);
        assertThat(WithinGroupAgreement.rounded(0.125)).isEqualTo(0.13);
        assertThat(WithinGroupAgreement.rounded(1.0)).isEqualTo(1.0);
    }
}
