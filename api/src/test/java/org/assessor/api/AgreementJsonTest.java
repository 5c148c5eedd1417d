package org.assessor.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.assessor.Evaluations;
import org.assessor.Fixture;
import org.assessor.result.AssessmentResult;
import org.junit.jupiter.api.Test;

/**
 * Agreement between respondents in the result JSON, which is also the stored form: named for
 * readers, absent where there is nothing to agree on, and read back to write the same bytes.
 */
class AgreementJsonTest {
    private static final String ALL_YES = "'1.1.a.1': 'yes', '1.1.a.2': 'yes', '1.1.b.1': 5, '1.1.c.1': 0, "
            + "'1.1.c.2': 'quality', '1.2.a.1': 'yes', '1.2.b.1': 'yes', '2.1.a.1': 'yes', '2.1.b.1': 'yes', "
            + "'2.1.c.1': 'yes'";
    private final ResultJson codec = new ResultJson(Fixture.get().questionnaires);

    private static AssessmentResult threeRespondents() {
        String doubts = ALL_YES.replace("'1.1.a.1': 'yes', '1.1.a.2': 'yes'", "'1.1.a.1': 'no', '1.1.a.2': 'no'");
        return Evaluations.evaluate(Evaluations.demo(), "asm-3", "2026-03-01", "{'questionnaireId': 'demo',"
                + " 'site': {'id': 'swl', 'name': 'South West London'}, 'respondents': ["
                + "{'id': 'b1', 'role': 'board', 'answers': {" + ALL_YES + "}},"
                + "{'id': 'm1', 'role': 'senior-manager', 'answers': {" + ALL_YES + "}},"
                + "{'id': 's1', 'role': 'frontline-staff', 'answers': {" + doubts + "}}]}");
    }

    @Test
    void aCriterionsAgreementHasItsIndexFlagCountSpreadAndRoles() throws Exception {
        JsonNode json = ApiJson.mapper().readTree(codec.write(threeRespondents()));
        JsonNode agreement = json.at("/sections/0/standards/0/criteria/0/agreement");

        assertThat(json.at("/sections/0/standards/0/criteria/0/id").asText()).isEqualTo("1.1.a");
        assertThat(agreement.toString()).isEqualTo("{\"index\":0.0,\"low\":true,\"rated\":3,"
                + "\"spread\":{\"met\":2,\"partly-met\":0,\"not-met\":1},"
                + "\"byRole\":[{\"role\":\"board\",\"rated\":1,\"rating\":\"met\"},"
                + "{\"role\":\"senior-manager\",\"rated\":1,\"rating\":\"met\"},"
                + "{\"role\":\"frontline-staff\",\"rated\":1,\"rating\":\"not-met\"}]}");
        assertThat(json.at("/sections/0/standards/0/agreement").toString())
                .isEqualTo("{\"index\":0.67,\"low\":true,\"criteria\":3}");
        assertThat(json.get("agreementLowBelow").asDouble()).isEqualTo(0.7);
    }

    @Test
    void aResultWithAgreementReadsBackToTheSameBytesAndTheSameAgreement() {
        AssessmentResult result = threeRespondents();
        String written = codec.write(result);

        AssessmentResult read = codec.read(written);

        assertThat(codec.write(read)).isEqualTo(written);
        assertThat(read.standards()).extracting(s -> s.agreement())
                .isEqualTo(result.standards().stream().map(s -> s.agreement()).toList());
        assertThat(read.criterion("1.1.a").orElseThrow().agreement())
                .isEqualTo(result.criterion("1.1.a").orElseThrow().agreement());
        assertThat(read.agreementLowBelow()).isEqualTo(result.agreementLowBelow());
    }

    @Test
    void peerReviewsAndSingleRespondentsHaveNoAgreementFieldsAtAll() {
        AssessmentResult peer = Evaluations.demoPeer(Evaluations.demo(), "p-1", "swl", "baseline", "2026-03-01",
                "MPN MP NMM");
        AssessmentResult single = Evaluations.evaluate(Evaluations.demo(), "s-1", "2026-03-01",
                "{'questionnaireId': 'demo', 'site': {'id': 'swl'}, 'answers': {" + ALL_YES + "}}");

        for (AssessmentResult r : java.util.List.of(peer, single)) {
            String written = codec.write(r);
            assertThat(written).doesNotContain("\"agreement\"", "\"agreementLowBelow\"");
            assertThat(codec.write(codec.read(written))).isEqualTo(written);
        }
    }
}
