package org.assessor.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.Evaluations.demo;
import static org.assessor.Evaluations.demoPeer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.Evaluations;
import org.assessor.agreement.StandardAgreement;
import org.assessor.core.RatingScale;
import org.assessor.result.AssessmentResult;
import org.assessor.result.RatingsSnapshot;
import org.junit.jupiter.api.Test;

/** A commissioner sees, per site and standard, where a site's respondents agree too little to pool. */
class AgreementComparisonTest {
    private static final String ALL_YES = "'1.1.a.1': 'yes', '1.1.a.2': 'yes', '1.1.b.1': 5, '1.1.c.1': 0, "
            + "'1.1.c.2': 'quality', '1.2.a.1': 'yes', '1.2.b.1': 'yes', '2.1.a.1': 'yes', '2.1.b.1': 'yes', "
            + "'2.1.c.1': 'yes'";

    /** Three respondents of {@code site}; the third answers no on 1.1.a, so standard 1.1 agrees at 0.67. */
    private static AssessmentResult split(String id, String site) {
        String doubts = ALL_YES.replace("'1.1.a.1': 'yes', '1.1.a.2': 'yes'", "'1.1.a.1': 'no', '1.1.a.2': 'no'");
        return Evaluations.evaluate(demo(), id, "2026-03-01", "{'questionnaireId': 'demo', 'site': {'id': '" + site
                + "'}, 'respondents': [{'role': 'board', 'answers': {" + ALL_YES + "}},"
                + " {'role': 'partner', 'answers': {" + ALL_YES + "}},"
                + " {'role': 'frontline-staff', 'answers': {" + doubts + "}}]}");
    }

    private final AssessmentResult north = split("n-1", "north");
    private final AssessmentResult south = demoPeer(demo(), "s-1", "south", null, "2026-03-02", "MMM MM MMM");

    @Test
    void eachSelfAssessmentRowListsItsLowAgreementStandardsAndAPeerRowHasNone() {
        Comparison c = Comparisons.compare(List.of(south, north), ComparisonFilter.of("demo"));

        MatrixRow n = c.matrix().get(0);
        MatrixRow s = c.matrix().get(1);
        assertThat(n.site().id()).isEqualTo("north");
        assertThat(n.lowAgreement()).containsExactly("1.1");
        assertThat(n.agreement()).containsEntry("1.1", new StandardAgreement(0.67, true, 3))
                .containsEntry("2.1", new StandardAgreement(1.0, false, 3));
        assertThat(s.agreement()).isEmpty();
        assertThat(s.lowAgreement()).isEmpty();
    }

    @Test
    void theRatingsSnapshotKeepsEachStandardsAgreement() {
        RatingsSnapshot snapshot = RatingsSnapshot.of(north);

        assertThat(snapshot.standards()).extracting(RatingsSnapshot.Standard::agreement)
                .containsExactly(new StandardAgreement(0.67, true, 3), new StandardAgreement(1.0, false, 2),
                        new StandardAgreement(1.0, false, 3));
    }

    @Test
    void theCsvHasTheIndexAndALowAgreementColumnEmptyWhereNotMeasured() {
        Comparison c = Comparisons.compare(List.of(south, north), ComparisonFilter.of("demo"));
        List<String> header = ComparisonCsv.header(RatingScale.MET_SCALE);

        List<List<String>> records = Rfc4180.parse(ComparisonCsv.toCsv(c));

        assertThat(header.subList(header.size() - 2, header.size())).containsExactly("agreement", "low_agreement");
        Map<String, List<String>> bySiteAndStandard = new LinkedHashMap<>();
        records.subList(1, records.size()).forEach(r -> bySiteAndStandard.put(r.get(0) + " " + r.get(7),
                r.subList(r.size() - 2, r.size())));
        assertThat(bySiteAndStandard).containsEntry("north 1.1", List.of("0.67", "yes"))
                .containsEntry("north 1.2", List.of("1.00", "no"))
                .containsEntry("south 1.1", List.of("", ""));
    }
}
