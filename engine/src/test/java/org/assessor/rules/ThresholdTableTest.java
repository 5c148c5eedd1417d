package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A threshold table is what an auditor edits to change when a criterion is met: every mistake
 * in it is reported with its line, and what it says becomes rules with the names a site reads.
 */
class ThresholdTableTest {
    private static final String HEADER = "criterion,met from,partly-met from,not-met from,critical because,note\n";
    private final List<RuleProblem> problems = new ArrayList<>();

    @Test
    void anEmptyCellTakesTheDefaultRowsValue() {
        ThresholdTable table = read(HEADER + "*,0.75,0.4,0,,\n1.1.a,,,,,\n1.1.c,0.8,,,,\"met from 0.8, because\"\n");

        assertThat(problems).isEmpty();
        assertThat(table.ratings()).containsExactly("met", "partly-met", "not-met");
        assertThat(table.row("1.1.a").orElseThrow().from()).extracting(BigDecimal::doubleValue)
                .containsExactly(0.75, 0.4, 0.0);
        ThresholdTable.Row c = table.row("1.1.c").orElseThrow();
        assertThat(c.from()).extracting(BigDecimal::doubleValue).containsExactly(0.8, 0.4, 0.0);
        assertThat(c.note()).isEqualTo("met from 0.8, because");
        assertThat(table.rating(c, 0.79)).contains("partly-met");
        assertThat(table.rating(c, 0.8)).contains("met");
        assertThat(table.rating(c, 0.0)).contains("not-met");
    }

    @Test
    void eachRowBecomesOneNamedRulePerRatingAndACriticalRowDeclaresItsCriterionCritical() {
        ThresholdTable table = read(HEADER + "*,0.75,0.4,0,,\n2.4.a,0.9,,,costs come first,\n");

        String drl = table.toDrl(new BigDecimal("0.5"));

        assertThat(drl).contains("""
                rule "2.4.a met"
                when
                    $e : CriterionEvidence( criterionId == "2.4.a", coverage >= 0.5, applicable > 0, share >= 0.9 )
                then
                    insertLogical( RespondentRating.of( $e, "met" ) );
                end
                """)
                .contains("share >= 0.4, share < 0.9 )", "rule \"2.4.a not-met\"", "applicable > 0, share < 0.4 )")
                .contains("rule \"2.4.a is critical: costs come first\"", "new CriticalCriterion( \"2.4.a\" )");
    }

    @Test
    void thresholdsThatDoNotFallFromLeftToRightAreRefusedAtTheirRow() {
        read(HEADER + "*,0.75,0.4,0,,\n1.1.a,0.3,,,,\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("criterion 1.1.a", "partly-met (0.4) must be below the one for met (0.3)");
        });
    }

    @Test
    void aWordWhereAShareBelongsIsRefusedAtItsLine() {
        read(HEADER + "*,0.75,0.4,0,,\n1.1.a,,most,,,\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("20-thresholds.csv");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("partly-met must be a share from 0 to 1, not 'most'");
        });
    }

    @Test
    void aTableWithoutADefaultRowOrWithAColumnThatIsNoLevelIsRefused() {
        read(HEADER + "1.1.a,0.75,0.4,0,,\n");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("no default row"));

        problems.clear();
        read("criterion,met from,half met from\n*,0.75,0.4\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("'half met from'", "a rated level of the scale");
        });
    }

    @Test
    void aCriterionGivenTwiceOrTextThatWouldBreakTheRuleNameIsRefused() {
        read(HEADER + "*,0.75,0.4,0,,\n1.1.a,,,,,\n1.1.a,0.8,,,,\n1.1.b,,,,\"say \"\"why\"\"\",\n");

        assertThat(problems).extracting(RuleProblem::line).containsExactly(4, 5);
        assertThat(problems.get(0).message()).contains("criterion 1.1.a has a row already, at line 3");
        assertThat(problems.get(1).message()).contains("without \" or \\");
    }

    private ThresholdTable read(String text) {
        return ThresholdTable.read("20-thresholds.csv", text, problems);
    }
}
