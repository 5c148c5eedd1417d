package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.assessor.core.Level;
import org.assessor.rules.fact.PolicyValues;
import org.junit.jupiter.api.Test;

/** {@code policy.csv}: the named numbers of the rating policy, each mistake with its line. */
class PolicyTableTest {
    private final List<RuleProblem> problems = new ArrayList<>();

    @Test
    void valuesAreReadByNameAndAnswerLevelsFindTheirPoints() {
        PolicyValues policy = PolicyTable.read("""
                name,value,meaning
                points for a positive answer,2,"the most, by far"
                points for a partial answer,1.5,
                standard met from,0.75,three-quarters
                """, problems);

        assertThat(problems).isEmpty();
        assertThat(policy.get("standard met from")).isEqualTo(0.75);
        assertThat(policy.points(Level.POSITIVE)).isEqualTo(2.0);
        assertThat(policy.points(Level.PARTIAL)).isEqualTo(1.5);
        assertThatThrownBy(() -> policy.points(Level.NEGATIVE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'points for a negative answer', which policy.csv does not have");
    }

    @Test
    void aValueGivenTwiceAWordForANumberAndABadNameAreEachRefusedAtTheirLine() {
        PolicyTable.read("""
                name,value,meaning
                majority above,0.5,
                majority above,0.6,
                standard met from,three quarters,
                Standard!,1,
                """, problems);

        assertThat(problems).extracting(RuleProblem::line).containsExactly(3, 4, 5);
        assertThat(problems.get(0).message()).contains("'majority above' is given twice");
        assertThat(problems.get(1).message()).contains("must be a number", "'three quarters'");
        assertThat(problems.get(2).message()).contains("is not a policy value name");
    }

    @Test
    void aTableWithoutItsHeaderIsRefused() {
        PolicyTable.read("majority above,0.5,\n", problems);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("header name,value,meaning");
        });
    }
}
