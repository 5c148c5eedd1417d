package org.assessor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentIdsTest {

    @Test
    void idsSortInTheOrderTheyWereMadeEvenWithinOneMillisecond() {
        Clock stopped = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
        AssessmentIds ids = new AssessmentIds(stopped);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.next());
        }

        assertThat(made).isSorted().doesNotHaveDuplicates();
        assertThat(made).allMatch(AssessmentIds::isWellFormed);
        assertThat(AssessmentIds.timeOf(made.get(0))).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
    }

    @Test
    void idsCarryTheirCreationTimeAndDifferInTheirRandomPart() {
        AssessmentIds ids = new AssessmentIds(Clock.systemUTC());
        Instant before = Instant.now().minusMillis(1);
        String a = ids.next();
        String b = ids.next();

        assertThat(AssessmentIds.timeOf(a)).isBetween(before, Instant.now().plusMillis(1));
        assertThat(a.substring(19)).isNotEqualTo(b.substring(19));
        assertThat(new HashSet<>(List.of(a.substring(24), b.substring(24)))).hasSize(2);
    }

    @Test
    void onlyVersionSevenUuidsAreWellFormed() {
        assertThat(AssessmentIds.isWellFormed("01890a5d-ac96-774b-bcce-b302099a8057")).isTrue();
        assertThat(AssessmentIds.isWellFormed("01890A5D-AC96-774B-BCCE-B302099A8057")).isFalse();
        assertThat(AssessmentIds.isWellFormed("01890a5d-ac96-474b-bcce-b302099a8057")).isFalse();
        assertThat(AssessmentIds.isWellFormed("../../etc/passwd")).isFalse();
        assertThat(AssessmentIds.isWellFormed(null)).isFalse();
    }
}
