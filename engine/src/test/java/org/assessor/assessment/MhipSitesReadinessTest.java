package org.assessor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assessor.BundledData;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.result.AssessmentResult;
import org.assessor.result.OutcomeResult;
import org.assessor.result.Placement;
import org.assessor.result.Verdict;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.rules.sandbox.SandboxGuard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four MHIP pilot sites, written from the E-MHIP report's evidence as readiness submissions
 * ({@code examples/mhip-sites/}, each with the report lines behind every answer), rated by the
 * bundled readiness-for-change 1.1.0 with the real Drools. The engine must reach the report's
 * own conclusions (test vector TV12): none of the trusts was fully ready (L842); LPT was the
 * least ready, marked by resistance (L862); a rushed sign-up held back an otherwise ready
 * SWYMHT (L880, L1190); SWLSG was aware of the need to change (L924); and each verdict names the
 * factors that decided it.
 */
class MhipSitesReadinessTest {
    private static Map<String, AssessmentResult> sites;

    @BeforeAll
    static void rateTheFourSites() throws IOException {
        QuestionnaireCatalog questionnaires = QuestionnaireCatalog.load(BundledData.questionnaires());
        RuleSetRegistry ruleSets = RuleSetRegistry.load(BundledData.ruleSets(), new RuleSetCompiler(new SandboxGuard()),
                id -> id.equals("readiness-for-change"));
        Evaluator evaluator = new Evaluator(questionnaires, ruleSets, new RuleRunner(EvaluationLimits.DEFAULT),
                Clock.systemUTC());
        SubmissionReader reader = new SubmissionReader(questionnaires);
        ObjectMapper json = new ObjectMapper();
        sites = new java.util.LinkedHashMap<>();
        for (String site : List.of("ssht", "lpt", "swymht", "swlsg")) {
            Path file = Path.of("..", "examples", "mhip-sites", "readiness-" + site + ".json");
            sites.put(site, evaluator.evaluate(reader.read(json.readTree(file.toFile()))));
        }
    }

    @Test
    void theyAreRatedUnderVersion110() {
        assertThat(sites.values()).allSatisfy(r -> {
            assertThat(r.ruleSet().version()).isEqualTo("1.1.0");
            assertThat(r.questionnaire().version()).isEqualTo("1.1.0");
        });
    }

    @Test
    void noneOfTheTrustsIsFullyReady() {
        assertThat(sites.values()).extracting(r -> r.readiness().verdict()).doesNotContain(Verdict.READY);
    }

    @Test
    void leicestershireIsTheLeastReadyNotYetReadyForItsHistoryOfResistanceAndItsLeadership() {
        AssessmentResult lpt = sites.get("lpt");
        assertThat(lpt.readiness().verdict()).isEqualTo(Verdict.NOT_YET_READY);
        assertThat(lpt.readiness().placement()).isEqualTo(Placement.NOT_YET);
        assertThat(notMet(lpt)).contains("A1", "T1");
        sites.forEach((site, r) -> assertThat(notMet(r).size()).as(site).isLessThanOrEqualTo(notMet(lpt).size()));
        assertThat(because(lpt)).anySatisfy(f -> assertThat(f).startsWith("A1 not met"))
                .anySatisfy(f -> assertThat(f).startsWith("T1 not met"));
    }

    @Test
    void southWestYorkshireCanChangeButItsRushedSignUpDecidesNotYetReady() {
        AssessmentResult swy = sites.get("swymht");
        assertThat(standard(swy, "A1")).as("a track record of effective change (L880)").isEqualTo("met");
        assertThat(criterion(swy, "A2.b")).isEqualTo("not-met");
        assertThat(swy.readiness().verdict()).isEqualTo(Verdict.NOT_YET_READY);
        assertThat(because(swy)).anySatisfy(f -> assertThat(f).startsWith("A2 not met"));
    }

    @Test
    void southWestLondonKnowsItMustChangeAndIsReadyWithConditions() {
        AssessmentResult swl = sites.get("swlsg");
        assertThat(standard(swl, "N1")).isEqualTo("met");
        assertThat(swl.readiness().verdict()).isEqualTo(Verdict.READY_WITH_CONDITIONS);
        assertThat(notMet(swl)).isEmpty();
    }

    @Test
    void southStaffordshireIsShortOnTheNeedMessageYetThatDoesNotDecideItsVerdict() {
        AssessmentResult ssht = sites.get("ssht");
        assertThat(criterion(ssht, "N2.b")).isEqualTo("not-met");
        assertThat(standard(ssht, "A1")).isEqualTo("met");
        assertThat(ssht.readiness().verdict()).isEqualTo(Verdict.READY_WITH_CONDITIONS);
        assertThat(standard(ssht, "T2")).as("systems for managing change less robust (L848)").isEqualTo("not-met");
        assertThat(ssht.readiness().placement()).isEqualTo(Placement.NETWORK);
    }

    private static List<String> because(AssessmentResult r) {
        return r.outcomes().stream().filter(o -> o.name().equals("verdict")).findFirst()
                .map(OutcomeResult::because).orElseThrow();
    }

    private static List<String> notMet(AssessmentResult r) {
        return r.sections().stream().flatMap(s -> s.standards().stream())
                .filter(s -> s.rating().code().equals("not-met")).map(s -> s.id()).collect(Collectors.toList());
    }

    private static String standard(AssessmentResult r, String id) {
        return r.sections().stream().flatMap(s -> s.standards().stream()).filter(s -> s.id().equals(id))
                .findFirst().orElseThrow().rating().code();
    }

    private static String criterion(AssessmentResult r, String id) {
        return r.sections().stream().flatMap(s -> s.standards().stream()).flatMap(s -> s.criteria().stream())
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow().rating().code();
    }
}
