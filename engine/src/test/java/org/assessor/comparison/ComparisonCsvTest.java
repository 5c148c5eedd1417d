package org.assessor.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.Evaluations.demo;
import static org.assessor.Evaluations.demoPeer;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.Evaluations;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.result.AssessmentResult;
import org.junit.jupiter.api.Test;

class ComparisonCsvTest {
    /** A site name with a comma, doubled quotes, a line break, accents and a formula-like start. */
    private static final String AWKWARD = "=Hôpital \\\"Nord\\\", Zürich\\nAile B";

    private final AssessmentResult awkward = Evaluations.evaluate(demo(), "a-1", "2026-03-01",
            "{'questionnaireId': 'demo', 'site': {'id': 'nord', 'name': '" + AWKWARD + "'}, 'mode': 'peer', "
                    + "'cycle': 'baseline', 'ratings': {'1.1.a': 'met', '1.1.b': 'not-applicable', "
                    + "'1.1.c': 'partly-met', '1.2.a': 'not-met', '1.2.b': 'not-met', '2.1.a': 'met', "
                    + "'2.1.b': 'met', '2.1.c': 'met'}}");
    private final AssessmentResult plain = demoPeer(demo(), "a-2", "swl", null, "2026-03-02", "MMM MM MMM");

    @Test
    void everyRowReadsBackAsTheComparisonSaysWithRfc4180Quoting() {
        Comparison c = Comparisons.compare(List.of(plain, awkward), ComparisonFilter.of("demo"));

        List<List<String>> records = Rfc4180.parse(ComparisonCsv.toCsv(c));

        assertThat(records.get(0)).isEqualTo(ComparisonCsv.header(RatingScale.MET_SCALE));
        assertThat(records).hasSize(1 + c.matrix().size() * c.standards().size());
        assertThat(records).allSatisfy(r -> assertThat(r).hasSize(ComparisonCsv.header(RatingScale.MET_SCALE).size()));
        int i = 1;
        for (MatrixRow row : c.matrix()) {
            for (PooledItem standard : c.standards()) {
                Map<String, String> record = asMap(records.get(i++));
                assertThat(record.get("site")).isEqualTo(row.site().id());
                assertThat(record.get("assessment")).isEqualTo(row.assessment());
                assertThat(record.get("standard")).isEqualTo(standard.id());
                assertThat(record.get("standard_title")).isEqualTo(standard.title());
                assertThat(record.get("rating")).isEqualTo(row.rating(standard.id(), Rating.NOT_RATED).code());
                assertThat(record.get("rule_set_version")).isEqualTo("1.0.0");
                assertThat(record.get("mode")).isEqualTo("peer");
                assertThat(Integer.parseInt(record.get("criteria_met")))
                        .isEqualTo(row.criteria().get(standard.id()).get(Rating.MET));
                assertThat(Integer.parseInt(record.get("criteria_not_applicable")))
                        .isEqualTo(row.criteria().get(standard.id()).get(Rating.NOT_APPLICABLE));
            }
        }
        Map<String, String> first = asMap(records.get(1));
        assertThat(first.get("site_name")).isEqualTo("'=Hôpital \"Nord\", Zürich\nAile B");
        assertThat(first.get("date")).isEqualTo("2026-03-01");
        assertThat(first.get("cycle")).isEqualTo("baseline");
        assertThat(first.get("criteria_partly_met")).isEqualTo("1");
        assertThat(asMap(records.get(4)).get("cycle")).isEmpty();
    }

    @Test
    void quotingFollowsRfc4180AndTheTextIsUtf8() {
        Comparison c = Comparisons.compare(List.of(awkward), ComparisonFilter.of("demo"));
        String csv = ComparisonCsv.toCsv(c);

        assertThat(csv).contains(",\"'=Hôpital \"\"Nord\"\", Zürich\nAile B\",");
        assertThat(csv).endsWith("\r\n");
        assertThat(new String(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(csv);
        assertThat(ComparisonCsv.quoted("plain")).isEqualTo("plain");
        assertThat(ComparisonCsv.quoted("a,b")).isEqualTo("\"a,b\"");
        assertThat(ComparisonCsv.text("-1 and more")).isEqualTo("'-1 and more");
    }

    @Test
    void anEmptyComparisonIsJustTheHeader() {
        String csv = ComparisonCsv.toCsv(Comparisons.compare(List.of(), ComparisonFilter.of("demo")));

        assertThat(Rfc4180.parse(csv)).containsExactly(ComparisonCsv.header(RatingScale.MET_SCALE));
    }

    private static Map<String, String> asMap(List<String> record) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < ComparisonCsv.header(RatingScale.MET_SCALE).size(); i++) {
            map.put(ComparisonCsv.header(RatingScale.MET_SCALE).get(i), record.get(i));
        }
        return map;
    }
}
