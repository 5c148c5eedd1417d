package org.assessor.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.assessor.RuleSetFiles;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.RuleProblem;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetInvalid;
import org.assessor.rules.fact.Disagreement;
import org.assessor.rules.fact.SubmissionFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the rule language allows, as an auditor writes it: the guard lets it through, and the
 * rule set compiled from the judged trees behaves as written. Refusals are in the escape corpus
 * ({@link EscapeCorpusTest}); here are the ones that are about the language's own limits.
 */
class SandboxGuardTest {
    private final RuleSetCompiler compiler = new RuleSetCompiler(new SandboxGuard());

    private static String file(String rules) {
        return "package assessor.rules;\nimport org.assessor.rules.fact.*;\nimport java.util.List;\n\n" + rules;
    }

    private static String rule(String when, String then) {
        return "rule \"r\"\nwhen\n" + when + "\nthen\n" + then + "\nend\n";
    }

    private CompiledRuleSet compile(String drl) {
        try {
            return compiler.compile(RuleSetFiles.demo().with("60-extra.drl", file(drl)).source());
        } catch (RuleSetInvalid e) {
            throw new AssertionError("refused: " + e.problems(), e);
        }
    }

    private List<RuleProblem> problems(String drl) {
        RuleSetInvalid e = catchThrowableOfType(RuleSetInvalid.class,
                () -> compiler.compile(RuleSetFiles.demo().with("60-extra.drl", file(drl)).source()));
        assertThat(e).as("the rule set is refused").isNotNull();
        return e.problems();
    }

    @Test
    void commentsAreDroppedAndTheJudgedRuleRunsAsWritten() {
        CompiledRuleSet compiled = compile(rule("""
                    $s : SubmissionFact( /* a self-assessment */ mode == "self", // with respondents
                                         respondents > 0 )""", """
                    // the conclusion
                    insertLogical( new Disagreement( "x", $s.respondents() + " respondent(s) in " + $s.mode() ) );"""));

        var outcomes = new RuleRunner(EvaluationLimits.DEFAULT).run(compiled, List.of(new SubmissionFact("demo", "self", 3)));

        assertThat(outcomes.all(Disagreement.class)).singleElement()
                .satisfies(d -> assertThat(d.detail()).isEqualTo("3 respondent(s) in self"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "AnswerFact( value in ( \"yes\", \"partly\" ), number >= 2 && number < 5 )",
            "AnswerFact( value not in ( \"no\" ), questionId != \"1.1.a.1\" || number == 0 )",
            "$c : CriterionFact( $cid : id )\n    $l : List( size > 0 ) from collect( AnswerLevel( criterionId == $cid ) )",
            "$n : Number( intValue > 2 ) from accumulate( AnswerFact(), count( 1 ) )",
            "StandardCap( ceiling.rank < Rating.MET.rank, ceiling != Rating.NOT_RATED )",
            "not Disagreement()\n    exists CriterionFact( id.startsWith( \"1.\" ), id.length() > Math.max( 1, 2 ) )",
            "RespondentFact( $r : id )\n    CriterionFact( $cid : id )\n    AnswerFact( respondentId == $r, criterionId == $cid )",
            "$a : AnswerFact()\n    CriterionFact( id == $a.criterionId )"})
    void theLanguageAuditorsNeedPasses(String when) {
        assertThat(compile(rule(when, "    insertLogical( new RecommendedAction( \"X\", \"1.1\", Priority.HIGH, "
                + "ActionLevel.TEAM, \"Talk to the board.\" ) );")).kieBase()).isNotNull();
    }

    @Test
    void aProblemInTheSecondStatementOfAConsequenceIsReportedAtItsOwnLine() {
        List<RuleProblem> problems = problems(rule("    $s : SubmissionFact()", """
                    insertLogical( new CriticalCriterion( "x" ) );
                    insertLogical( new CriticalCriterion( $s.getClass().getName() ) );"""));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).contains("SubmissionFact has no method 'getClass'");
        });
    }

    @Test
    void threeUnjoinedPatternsOrTwoPerAnswerOnesAreRefusedAtTheRule() {
        assertThat(problems(rule("    RespondentFact()\n    CriterionFact()\n    StandardFact()",
                "    insertLogical( new CriticalCriterion( \"x\" ) );")))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(5);
                    assertThat(p.message()).contains("joins RespondentFact, CriterionFact, StandardFact without a "
                            + "shared variable");
                });
        assertThat(problems(rule("    AnswerFact()\n    AnswerLevel()", "    insertLogical( new CriticalCriterion( \"x\" ) );")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("joins AnswerFact, AnswerLevel"));
    }

    @Test
    void aConclusionMustBeAFactAndTextMayOnlyGrowByLiterals() {
        assertThat(problems(rule("    $s : SubmissionFact( $m : mode )", "    insertLogical( $m );")))
                .anySatisfy(p -> assertThat(p.message()).contains("must insert a fact type"));
        assertThat(problems(rule("    $s : SubmissionFact( $m : mode, $q : questionnaireId )",
                "    insertLogical( new CriticalCriterion( \"[\" + $m + \"] \" + $q ) );")))
                .anySatisfy(p -> assertThat(p.message()).contains("joins two texts that are not literals"));
    }

    @Test
    void everyBindingStartsWithADollarAndIsBoundOnce() {
        assertThat(problems(rule("    s : SubmissionFact()", "    insertLogical( new CriticalCriterion( \"x\" ) );")))
                .anySatisfy(p -> assertThat(p.message()).contains("bind a pattern as $name"));
        assertThat(problems(rule("    SubmissionFact( $m : mode )\n    CriterionFact( $m : id )",
                "    insertLogical( new CriticalCriterion( $m ) );")))
                .anySatisfy(p -> assertThat(p.message()).contains("$m is already bound"));
    }

    @Test
    void aRuleSetOfMoreRulesThanCompilingIsBoundedByIsRefused() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= SandboxGuard.MAX_RULES; i++) {
            many.append(rule("    CriterionFact( id == \"x" + i + "\" )",
                    "    insertLogical( new RecommendedAction( \"X\", \"1.1\", Priority.HIGH, ActionLevel.TEAM, \"t\" ) );")
                    .replace("rule \"r\"", "rule \"r" + i + "\""));
        }

        assertThat(problems(many.toString())).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("60-extra.drl");
            assertThat(p.message()).contains("more than the 2000 a rule set may have");
        });
    }

    @Test
    void aRuleThatFeedsARollUpItDependsOnIsRefused() {
        assertThat(problems(rule("    StandardCap()", "    insertLogical( new CriticalCriterion( \"1.1.a\" ) );")))
                .singleElement().satisfies(p -> assertThat(p.message())
                        .contains("rules feed their conclusions back into what they match")
                        .contains("\"r\" (60-extra.drl:5) inserts CriticalCriterion"));
    }
}
