package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assessor.app.Impact;
import org.junit.jupiter.api.Test;

/** The impact page says what the candidate was rated on, in each of the three cases. */
class ImpactPageTest {
    private static String scope(Impact.Scope scope) {
        Impact impact = new Impact("organisational-change", null, null, null,
                new Impact.Totals(303, 303, 5, 298, 0, 0), new Impact.LevelImpact(0, List.of()), List.of(), List.of(),
                false, List.of(), scope, 478, 633.9);
        return new ImpactPage(null, impact, null, null).scope();
    }

    @Test
    void namesTheCriteriaThatCanChangeAndHowManyAssessmentsWereRatedInFull() {
        assertThat(scope(new Impact.Scope(List.of("1.2.a"), 15))).isEqualTo("Only criterion 1.2.a can be rated "
                + "differently by this version (read from its files). 15 of 303 assessments were rated in full; the "
                + "others on that criterion alone.");
        assertThat(scope(new Impact.Scope(List.of("1.1.b", "1.2.a"), 40))).startsWith("Only criteria 1.1.b, 1.2.a can")
                .endsWith("the others on those criteria alone.");
    }

    @Test
    void saysWhenNothingThatRatesDiffersAndWhenTheFilesCannotTell() {
        assertThat(scope(new Impact.Scope(List.of(), 0))).contains("rates every answer and criterion as the active one");
        assertThat(scope(new Impact.Scope(null, 303))).contains("cannot be told from its files");
    }
}
