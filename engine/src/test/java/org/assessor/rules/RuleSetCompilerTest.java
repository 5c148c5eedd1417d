package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assessor.RuleSetFiles;
import org.junit.jupiter.api.Test;

class RuleSetCompilerTest {
    private final RuleSetCompiler compiler = new RuleSetCompiler(RuleFileGuard.NONE);

    private List<RuleProblem> problemsOf(RuleSetFiles files) {
        try {
            compiler.compile(files.source());
        } catch (RuleSetInvalid e) {
            return e.problems();
        }
        throw new AssertionError("expected the rule set to be rejected");
    }

    @Test
    void compilesTheFixtureIntoAKieBase() {
        CompiledRuleSet compiled = compiler.compile(RuleSetFiles.demo().source());
        assertThat(compiled.id()).isEqualTo(new RuleSetId("demo", "1.0.0"));
        assertThat(compiled.kieBase().getKiePackages()).flatMap(p -> p.getRules()).hasSizeGreaterThan(40);
    }

    @Test
    void aSyntaxErrorIsReportedWithItsFileAndLine() {
        RuleSetFiles files = RuleSetFiles.demo().replace("30-consolidate.drl",
                "CriterionVotes( criterionId == $cid, rated > 0, top * 2 > rated )",
                "CriterionVotes( criterionId == $cid, rated > 0, top * 2 > rated");
        int line = files.lineOf("30-consolidate.drl", "top * 2 > rated\n");
        assertThat(problemsOf(files)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("30-consolidate.drl");
            assertThat(p.line()).isBetween(line, line + 1);
        });
    }

    @Test
    void anErrorInAConsequenceIsReportedAtItsRuleAndNamesIt() {
        RuleSetFiles files = RuleSetFiles.demo().replace("30-consolidate.drl",
                "    insertLogical( CriterionVotes.of( $scale, $cid, $ratings ) );",
                "    insertLogical( CriterionVotes.of( $scale, $cid, $ratings ) ;");
        int line = files.lineOf("30-consolidate.drl", "rule \"consolidate: count each");
        assertThat(problemsOf(files)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("30-consolidate.drl");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).startsWith("rule \"consolidate: count each criterion's respondent ratings\": ");
        });
    }

    @Test
    void anUnknownTypeIsReportedWithItsFileAndLine() {
        RuleSetFiles files = RuleSetFiles.demo().with("60-extra.drl", """
                package assessor.rules;
                import org.assessor.rules.fact.*;

                rule "uses a type that does not exist"
                when
                    Nonsense( x == 1 )
                then
                end
                """);
        assertThat(problemsOf(files)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("60-extra.drl");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("Nonsense");
        });
    }

    @Test
    void everyBrokenFileIsReportedNotJustTheFirst() {
        RuleSetFiles files = RuleSetFiles.demo()
                .replace("10-classify.drl", "rule \"classify: yes is positive\"\nwhen", "rule \"classify: yes is positive\"\nwhen when")
                .replace("50-recommend.drl", "rating == Rating.NOT_MET )", "rating === Rating.NOT_MET )");
        assertThat(problemsOf(files)).extracting(RuleProblem::file).contains("10-classify.drl", "50-recommend.drl");
    }

    @Test
    void aRuleSetWithoutAManifestIsRefused() {
        assertThatThrownBy(() -> RuleSetFiles.demo().without("manifest.json").source())
                .isInstanceOfSatisfying(RuleSetInvalid.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.file()).isEqualTo("manifest.json")));
    }

    @Test
    void fileNamesCannotEscapeTheirFolder() {
        assertThatThrownBy(() -> RuleSetSource.of(Map.of("../../etc/passwd.drl", new byte[0],
                "manifest.json", RuleSetFiles.demo().text("manifest.json").getBytes())))
                .isInstanceOfSatisfying(RuleSetInvalid.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).contains("may not contain '..'")));
    }

    @Test
    void theContentHashIsStableAndChangesWithAnyFile() {
        String hash = RuleSetFiles.demo().source().hash();
        assertThat(RuleSetFiles.demo().source().hash()).isEqualTo(hash);
        assertThat(RuleSetFiles.demo().replace("50-recommend.drl", "Cost the change", "Cost  the change").source().hash())
                .isNotEqualTo(hash);
        assertThat(RuleSetFiles.demo().with("tests/extra.json", "{}").source().hash()).isNotEqualTo(hash);
    }
}
