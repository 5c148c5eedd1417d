package org.assessor.comparison;

import static java.util.Map.entry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assessor.BundledData;
import org.assessor.Evaluations;
import org.assessor.assessment.Evaluator;
import org.assessor.assessment.SubmissionReader;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.result.AssessmentResult;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.rules.sandbox.SandboxGuard;

/**
 * The 15 workstream peer reviews behind E-MHIP Table 5 (mhip-standards.md §2.2), evaluated by
 * the bundled organisational-change questionnaire and rule set {@link #VERSION} ({@link BundledData},
 * compiled behind the same {@link SandboxGuard} as the server) with the real Drools. Shared by the Table 5 test and
 * the comparison report's tests.
 *
 * <p>The reviews are designed, not found: the source gives only the percentages. Per standard,
 * the criterion ratings of the 15 workstreams (strongest first) are chosen so that the pooled
 * share of met criteria rounds to Table 5's figure and the standard ratings the rules derive total
 * 35 met, 102 partly met and 28 not met of 165, the report's 21 / 62 / 17 %.
 */
public final class Table5Reviews {
    /**
     * The questionnaire and rule-set version the design rates: Table 5's figures are 1.0.0's, whose
     * criteria the design letters follow (later versions add and retire criteria), so the reviews name it
     * rather than rating under whichever version is latest.
     */
    public static final String VERSION = "1.0.0";

    /** Table 5: per standard, the percentage of criterion ratings fully met, pooled over the 15 workstreams. */
    public static final Map<String, Integer> TABLE_5 = linked(entry("1.1", 19), entry("1.2", 23), entry("2.1", 44),
            entry("2.2", 43), entry("2.3", 33), entry("2.4", 13), entry("3.1", 18), entry("3.2", 29),
            entry("3.3", 22), entry("3.4", 30), entry("4.1", 0));

    /** The 15 workstreams of the four pilot sites (SSHT 5, LPT 5, SWY 1, SWL 4), strongest first. */
    public static final List<String> STRONGEST_FIRST = List.of("swl-1", "swl-2", "ssht-1", "swl-3", "lpt-1",
            "swl-4", "ssht-2", "lpt-2", "ssht-3", "lpt-3", "ssht-4", "lpt-4", "ssht-5", "lpt-5", "swy-1");

    /**
     * Per standard, each workstream's rating of the criteria a, b, c, ... in the order of
     * {@link #STRONGEST_FIRST}: M met, P partly-met, N not-met, X not-applicable. Standard 3.2
     * has two not-applicable criteria (17 met of 58 rated = 29 %; of 60 it would be 28 %).
     * In 2.4, "PMMM" is met by count but held at partly-met by its critical criterion 2.4.a, and
     * "NMMP" is held at not-met; in 3.1, "NMPP" is held at not-met by 3.1.a.
     */
    public static final Map<String, String> DESIGN = linked(
            entry("1.1", "MMMMP MMMMP MPPPP MPPPP MPPPP MPPPP MPPPP MPPPP PPPPP PPPPP PPPPP PPNPP PPNPP NNNPP NNNNN"),
            entry("1.2", "MMMP MMMP MMMP MPPP MPPP MPPP MPPP MPPP PPPP PPPP PPPP PPPP PPPP NNPP NNPP"),
            entry("2.1", "MMMMP MMMMP MMMMP MMMMP MMMMP MMMMP MMMMP MPPPP MPPPP MPPPP MPPPP MPPPP PPPPP PPNPP NNNPP"),
            entry("2.2", "MMMP MMMP MMMP MMMP MMMP MMMP MPPP MPPP MPPP MPPP MPPP MPPP MPPP MPPP NNPP"),
            entry("2.3", "MMMP MMMP MMMP MMMP MPPP MPPP MPPP MPPP MPPP MPPP MPPP MPPP PPPP NNPP NNPP"),
            entry("2.4", "MMMP PMMM PPPP PPPP PPPP PPPP PPPP PPPP PPPP PPPP PPPP NMMP NNPP NNPP NNPP"),
            entry("3.1", "MMMP MMMP MPPP MPPP MPPP MPPP PPPP PPPP PPPP PPPP PPPP NMPP NNPP NNPP NNPP"),
            entry("3.2", "MMMP MMMP MMMP MMMP MPPP MPPP MPPP MPPX MPPX PPPP PPPP PPPP PPPP PPPP NNPP"),
            entry("3.3", "MMMP MMMP MPPP MPPP MPPP MPPP MPPP MPPP MPPP PPPP PPPP PPPP PPPP NNPP NNPP"),
            entry("3.4", "MMMP MMMP MMMP MMMP MPPP MPPP MPPP MPPP MPPP MPPP PPPP PPPP PPPP PPPP NNPP"),
            entry("4.1", "PPPP PPPP PPPP PPPP PPPP PPPP PPPP NNPP NNPP NNPP NNPP NNNN NNNN NNNN NNNN"));

    private static List<AssessmentResult> reviews;
    private static QuestionnaireCatalog questionnaires;

    private Table5Reviews() {
    }

    /** The organisational-change questionnaires; the reviews answer version {@link #VERSION}. */
    public static synchronized QuestionnaireCatalog questionnaires() {
        reviews();
        return questionnaires;
    }

    /** The 15 evaluated peer reviews, in {@link #STRONGEST_FIRST} order, with ids {@code review-0} to {@code review-14}. */
    public static synchronized List<AssessmentResult> reviews() {
        if (reviews == null) {
            questionnaires = QuestionnaireCatalog.load(BundledData.questionnaires());
            RuleSetRegistry ruleSets = RuleSetRegistry.load(BundledData.ruleSets(),
                    new RuleSetCompiler(new SandboxGuard()));
            Evaluator evaluator = new Evaluator(questionnaires, ruleSets, new RuleRunner(EvaluationLimits.DEFAULT),
                    Clock.fixed(Instant.parse("2006-11-01T10:00:00Z"), ZoneOffset.UTC));
            SubmissionReader reader = new SubmissionReader(questionnaires);
            List<AssessmentResult> evaluated = new ArrayList<>();
            for (int w = 0; w < STRONGEST_FIRST.size(); w++) {
                evaluated.add(evaluator.evaluate(reader.read(peerReview(STRONGEST_FIRST.get(w), w)))
                        .withId("review-" + w));
            }
            reviews = List.copyOf(evaluated);
        }
        return reviews;
    }

    /** The peer review of workstream number {@code w} (strongest first), as a submission document. */
    private static ObjectNode peerReview(String workstream, int w) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode review = json.createObjectNode();
        review.put("questionnaireId", "organisational-change");
        review.put("questionnaireVersion", VERSION);
        review.put("ruleSetVersion", VERSION);
        review.putObject("site").put("id", workstream).put("name", workstream.toUpperCase(Locale.ROOT)
                .replace('-', ' ') + " workstream");
        review.put("mode", "peer");
        review.put("cycle", "round-1");
        ObjectNode ratings = review.putObject("ratings");
        DESIGN.forEach((standard, row) -> {
            String letters = row.split(" ")[w];
            for (int c = 0; c < letters.length(); c++) {
                ratings.put(standard + "." + (char) ('a' + c), Evaluations.rating(letters.charAt(c)));
            }
        });
        return review;
    }

    @SafeVarargs
    private static <V> Map<String, V> linked(Map.Entry<String, V>... entries) {
        Map<String, V> map = new LinkedHashMap<>();
        for (Map.Entry<String, V> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }
}
