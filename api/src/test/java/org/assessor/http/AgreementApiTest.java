package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assessor.comparison.Rfc4180;
import org.assessor.testing.ApiClient;
import org.assessor.testing.SharedServer;
import org.assessor.testing.Submissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Agreement between respondents over a real server: stored with the result and returned byte for
 * byte, flagged per site and standard in comparisons (JSON and CSV), and said in the PDF report.
 */
@ExtendWith(SharedServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementApiTest {
    private static final String SITES = "questionnaire=demo&site=agree-split&site=agree-peer";
    /** Three respondents; the frontline worker answers no on 1.1.a, so standard 1.1 agrees at 0.67. */
    private static final String SPLIT = """
            {"questionnaireId": "demo", "site": {"id": "agree-split", "name": "Split site"}, "respondents": [
              {"role": "board", "answers": {%1$s}},
              {"role": "partner", "answers": {%1$s}},
              {"role": "frontline-staff", "answers": {%2$s}}]}
            """.formatted(answers("yes"), answers("no"));
    private final ApiClient api;
    private HttpResponse<byte[]> created;

    AgreementApiTest(ApiClient api) {
        this.api = api;
    }

    /** Every rated demo question answered positively, 1.1.a answered {@code a}. */
    private static String answers(String a) {
        return ("\"1.1.a.1\": \"%s\", \"1.1.a.2\": \"%s\", \"1.1.b.1\": 5, \"1.1.c.1\": 0, \"1.1.c.2\": \"quality\","
                + " \"1.2.a.1\": \"yes\", \"1.2.b.1\": \"yes\", \"2.1.a.1\": \"yes\", \"2.1.b.1\": \"yes\","
                + " \"2.1.c.1\": \"yes\"").formatted(a, a);
    }

    @BeforeAll
    void storeASplitSelfAssessmentAndAPeerReview() {
        created = api.post("/api/assessments", SPLIT);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(api.post("/api/assessments", Submissions.peer("agree-peer")).statusCode()).isEqualTo(201);
    }

    @Test
    void theStoredResultCarriesAgreementAndComesBackByteForByte() {
        JsonNode result = json(created);
        String id = result.get("id").asText();

        assertThat(api.get("/api/assessments/" + id).body()).isEqualTo(created.body());
        assertThat(result.at("/sections/0/standards/0/agreement").toString())
                .isEqualTo("{\"index\":0.67,\"low\":true,\"criteria\":3}");
        assertThat(result.at("/sections/0/standards/0/criteria/0/agreement/spread").toString())
                .isEqualTo("{\"met\":2,\"partly-met\":0,\"not-met\":1}");
        assertThat(result.get("agreementLowBelow").asDouble()).isEqualTo(0.7);
    }

    @Test
    void theComparisonListsTheLowAgreementStandardsOfEachSelfAssessmentRow() {
        JsonNode c = json(api.get("/api/comparisons?" + SITES));

        JsonNode split = row(c, "agree-split");
        JsonNode peer = row(c, "agree-peer");
        assertThat(split.get("lowAgreement")).extracting(JsonNode::asText).containsExactly("1.1");
        assertThat(peer.has("lowAgreement")).isFalse();
    }

    @Test
    void theComparisonCsvHasTheIndexAndTheFlagPerSiteAndStandard() {
        HttpResponse<byte[]> response = api.send(api.request("/api/comparisons?" + SITES)
                .header("Accept", "text/csv").GET());
        List<List<String>> records = Rfc4180.parse(ApiClient.text(response));
        List<String> header = records.get(0);
        int site = header.indexOf("site");
        int standard = header.indexOf("standard");
        int index = header.indexOf("agreement");
        int low = header.indexOf("low_agreement");

        assertThat(records.subList(1, records.size()))
                .extracting(r -> r.get(site) + " " + r.get(standard) + " " + r.get(index) + " " + r.get(low))
                .containsExactlyInAnyOrder("agree-split 1.1 0.67 yes", "agree-split 1.2 1.00 no",
                        "agree-split 2.1 1.00 no", "agree-peer 1.1  ", "agree-peer 1.2  ", "agree-peer 2.1  ");
    }

    @Test
    void theReportSaysWhereRespondentsDisagree() throws IOException {
        HttpResponse<byte[]> response = api.get("/api/assessments/" + json(created).get("id").asText()
                + "/report.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(text(response.body())).contains("Agreement between respondents",
                "1.1 The organisation is ready for change M met 0.67 3 respondents disagree",
                "1.1.a No acute crisis M met 0.00 2 0 1");
    }

    private static JsonNode row(JsonNode comparison, String site) {
        for (JsonNode r : comparison.get("matrix")) {
            if (r.at("/site/id").asText().equals(site)) {
                return r;
            }
        }
        throw new AssertionError("no row of " + site);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
