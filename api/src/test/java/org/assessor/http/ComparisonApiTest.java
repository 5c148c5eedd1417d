package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
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

/** Commissioners' comparisons and the PDF reports, over a real server and real stored assessments. */
@ExtendWith(SharedServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparisonApiTest {
    private static final String SITES = "questionnaire=demo&site=compare-strong&site=compare-weak";
    private final ApiClient api;
    private final List<String> ids = new ArrayList<>();

    ComparisonApiTest(ApiClient api) {
        this.api = api;
    }

    @BeforeAll
    void storeOneStrongAndOneWeakSite() {
        for (String body : List.of(Submissions.strong("compare-strong"), Submissions.weak("compare-weak"))) {
            HttpResponse<byte[]> created = api.post("/api/assessments", body);
            assertThat(created.statusCode()).isEqualTo(201);
            ids.add(json(created).get("id").asText());
        }
    }

    @Test
    void theComparisonPoolsCountsPerStandardWithTheirDenominators() {
        HttpResponse<byte[]> response = api.get("/api/comparisons?" + SITES);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode c = json(response);
        assertThat(c.at("/questionnaire/id").asText()).isEqualTo("demo");
        assertThat(c.at("/ruleSet/version").asText()).isEqualTo("1.0.0");
        assertThat(c.get("matrix")).extracting(r -> r.at("/site/id").asText() + " " + r.at("/ratings/2.1").asText())
                .containsExactlyInAnyOrder("compare-strong met", "compare-weak not-met");
        JsonNode costs = c.get("standards").get(2);
        assertThat(costs.get("id").asText()).isEqualTo("2.1");
        assertThat(costs.at("/standardLevel/counts/met").asInt()).isEqualTo(1);
        assertThat(costs.at("/standardLevel/rated").asInt()).isEqualTo(2);
        assertThat(costs.at("/standardLevel/percent/met").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(costs.at("/criterionLevel/counts/met").asInt()).isEqualTo(3);
        assertThat(costs.at("/criterionLevel/rated").asInt()).isEqualTo(6);
        assertThat(c.at("/overall/standardLevel/counts/met").asInt()).isEqualTo(3);
        assertThat(c.at("/overall/standardLevel/counts/not-met").asInt()).isEqualTo(3);
    }

    @Test
    void jsonUnlessCsvIsAskedFor() {
        for (String accept : new String[] {"*/*", "application/json", "text/csv;q=0.5, application/json"}) {
            HttpResponse<byte[]> response = api.send(api.request("/api/comparisons?" + SITES).header("Accept", accept).GET());
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(accept).startsWith("application/json");
        }
        HttpResponse<byte[]> none = api.get("/api/comparisons?" + SITES);
        assertThat(none.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    }

    @Test
    void theCsvHasOneRowPerAssessmentAndStandardMatchingTheJson() {
        HttpResponse<byte[]> response = api.send(api.request("/api/comparisons?" + SITES)
                .header("Accept", "text/csv").GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<List<String>> records = Rfc4180.parse(ApiClient.text(response));
        List<String> header = records.get(0);
        int site = header.indexOf("site");
        int standard = header.indexOf("standard");
        int rating = header.indexOf("rating");
        assertThat(records).hasSize(1 + 2 * 3);
        JsonNode json = json(api.get("/api/comparisons?" + SITES));
        for (List<String> row : records.subList(1, records.size())) {
            JsonNode matrixRow = null;
            for (JsonNode r : json.get("matrix")) {
                if (r.at("/site/id").asText().equals(row.get(site))) {
                    matrixRow = r;
                }
            }
            assertThat(matrixRow).as("row of %s", row.get(site)).isNotNull();
            assertThat(row.get(rating)).isEqualTo(matrixRow.at("/ratings/" + row.get(standard)).asText());
        }
    }

    @Test
    void theComparisonReportIsAPdfNamingEverySiteAndStandard() throws IOException {
        HttpResponse<byte[]> response = api.get("/api/comparisons/report.pdf?" + SITES);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(text(response.body())).contains("compare-strong", "compare-weak", "1.1", "1.2", "2.1");
    }

    @Test
    void anAssessmentReportIsAPdfWithTheSiteRatingsAndActions() throws IOException {
        HttpResponse<byte[]> response = api.get("/api/assessments/" + ids.get(1) + "/report.pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(text(response.body())).contains("compare-weak", "not-met", "A2.1-1", "Cost the change");
    }

    @Test
    void anUnknownAssessmentHasNoReport() {
        HttpResponse<byte[]> response = api.get("/api/assessments/01a20000-0000-7000-8000-000000000000/report.pdf");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void badParametersAreNamed() {
        assertThat(json(api.get("/api/comparisons")).at("/errors/0/parameter").asText()).isEqualTo("questionnaire");
        HttpResponse<byte[]> badDate = api.get("/api/comparisons?questionnaire=demo&from=21-11-2026");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(json(badDate).at("/errors/0/parameter").asText()).isEqualTo("from");
        HttpResponse<byte[]> backwards = api.get("/api/comparisons?questionnaire=demo&from=2026-11-21&to=2026-01-01");
        assertThat(json(backwards).at("/errors/0/parameter").asText()).isEqualTo("to");
        assertThat(api.get("/api/comparisons?questionnaire=nope").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/comparisons?questionnaire=demo&split=site").statusCode()).isEqualTo(400);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
