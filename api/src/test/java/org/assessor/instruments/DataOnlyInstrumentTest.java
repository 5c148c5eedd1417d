package org.assessor.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;
import static org.assessor.testing.ApiClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assessor.api.ApiJson;
import org.assessor.app.EngineConfig;
import org.assessor.server.ServerConfig;
import org.assessor.testing.CliRun;
import org.assessor.testing.ApiClient;
import org.assessor.testing.OwnServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A third instrument, {@code stages}, made of data files only (a questionnaire with a four-level
 * scale and a named outcome, and a rule set of DRL and two tables, in
 * {@code src/test/resources/instruments}), copied to a temporary folder and used as a site, a
 * commissioner and an auditor would: rule-set tests and an evaluation with its PDF through the
 * command line; two sites evaluated, compared (JSON, CSV, PDF) and reported through the HTTP API.
 * No Java was written for it: everything it shows comes from its scale and its rules.
 */
class DataOnlyInstrumentTest {
    private static final Path DATA = copyOfTheInstrument();

    @RegisterExtension
    static final OwnServer SERVER = new OwnServer(data -> ServerConfig.defaults().withAddress("127.0.0.1", 0)
            .withDataFolder(data).withEngine(EngineConfig.defaults().withQuestionnaires(DATA.resolve("questionnaires"))
                    .withRuleSets(DATA.resolve("rules")).onlyFor("stages")));

    private final ApiClient api = SERVER.api();

    @Test
    void theCommandLineTestsTheRuleSetAndRatesByStageWithTheOutcomeAndAPdf() throws IOException {
        CliRun tests = CliRun.of("rules", "test", DATA.resolve("rules/stages/1.0.0").toString(), "--questionnaires",
                DATA.resolve("questionnaires").toString());
        assertThat(tests.code()).as(tests.err()).isZero();
        assertThat(tests.out()).contains("PASS tests/all-yes.json", "PASS tests/mixed.json", "2 of 2 test cases passed");

        Path pdf = DATA.resolve("north.pdf");
        CliRun evaluate = CliRun.of("evaluate", "--questionnaire", "stages", "--questionnaires",
                DATA.resolve("questionnaires").toString(), "--rules", DATA.resolve("rules").toString(),
                "--pdf", pdf.toString(), DATA.resolve("submissions/north.json").toString());
        assertThat(evaluate.code()).as(evaluate.err()).isZero();
        JsonNode result = ApiJson.mapper().readTree(evaluate.out());
        assertThat(result.at("/overall/rating").asText()).isEqualTo("engagement");
        assertThat(result.at("/overall/counts").fieldNames()).toIterable()
                .containsExactly("not-started", "engagement", "development", "transformation", "does-not-apply", "unknown");
        assertThat(result.at("/overall/counts/engagement").asInt()).isEqualTo(2);
        assertThat(result.at("/overall/counts/transformation").asInt()).isEqualTo(1);
        assertThat(result.at("/outcomes/0/name").asText()).isEqualTo("placement");
        assertThat(result.at("/outcomes/0/value").asText()).isEqualTo("network");
        assertThat(result.at("/sections/0/standards/0/criteria/0/reasons/0/rule").asText())
                .isEqualTo("A1.a transformation");

        String report = CliRun.pdfText(Files.readAllBytes(pdf));
        assertThat(report).contains("Suggested placement: Network site", "E engagement",
                "1 transformation, 0 development, 2 engagement, 0 not started of 3 rated");
    }

    @Test
    void validationNamesALevelTheScaleLacksAndAnOutcomeValueNotDeclared() throws IOException {
        Path copy = DATA.resolve("broken/stages/1.0.0");
        Files.createDirectories(copy.resolve("tests"));
        Path original = DATA.resolve("rules/stages/1.0.0");
        try (Stream<Path> files = Files.list(original)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, copy.resolve(file.getFileName().toString()));
            }
        }
        Files.writeString(copy.resolve("20-thresholds.csv"), Files.readString(copy.resolve("20-thresholds.csv"))
                .replace("engagement from", "engaged from"));
        Files.writeString(copy.resolve("50-recommend.drl"), Files.readString(copy.resolve("50-recommend.drl"))
                .replace("new Outcome( \"placement\", \"pilot\" )", "new Outcome( \"placement\", \"beacon\" )"));

        CliRun validate = CliRun.of("rules", "validate", copy.toString(), "--questionnaires",
                DATA.resolve("questionnaires").toString());

        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out() + validate.err()).contains("names rating level 'engaged', which questionnaire stages",
                "names outcome placement = 'beacon', which questionnaire stages");
    }

    @Test
    void aComparisonOfNothingYetCountsOnTheInstrumentsScale() {
        JsonNode none = json(api.get("/api/comparisons?questionnaire=stages&site=nowhere"));
        assertThat(none.at("/matrix")).isEmpty();
        assertThat(none.at("/overall/standardLevel/counts").fieldNames()).toIterable()
                .containsExactly("not-started", "engagement", "development", "transformation", "does-not-apply", "unknown");
    }

    @Test
    void twoSitesAreRatedComparedAndReportedOverHttpOnTheInstrumentsOwnScale() {
        String north = json(post("north")).get("id").asText();
        json(post("south"));

        JsonNode comparison = json(api.get("/api/comparisons?questionnaire=stages"));
        assertThat(comparison.at("/matrix")).hasSize(2);
        JsonNode overall = comparison.at("/overall/standardLevel");
        assertThat(overall.at("/counts/transformation").asInt()).as(overall.toString()).isEqualTo(4);
        assertThat(overall.at("/counts/engagement").asInt()).isEqualTo(2);
        assertThat(overall.at("/rated").asInt()).isEqualTo(6);
        assertThat(overall.at("/percent").fieldNames()).toIterable()
                .contains("transformation", "engagement").doesNotContain("met", "unknown");

        HttpResponse<byte[]> csv = api.send(api.request("/api/comparisons?questionnaire=stages")
                .header("Accept", "text/csv").GET());
        assertThat(csv.statusCode()).isEqualTo(200);
        String header = text(csv).lines().findFirst().orElseThrow();
        assertThat(header).endsWith("rating,criteria_transformation,criteria_development,criteria_engagement,"
                + "criteria_not_started,criteria_does_not_apply,criteria_unknown,agreement,low_agreement");
        // north has two respondents, so agreement is measured on the stage scale, with the default
        // threshold: this rule set's policy.csv has no 'agreement low below'; south has one respondent
        assertThat(comparison.at("/matrix")).extracting(r -> r.at("/site/id").asText() + " "
                + r.path("lowAgreement").isArray()).containsExactly("north true", "south false");

        HttpResponse<byte[]> comparisonPdf = api.get("/api/comparisons/report.pdf?questionnaire=stages");
        assertThat(comparisonPdf.statusCode()).isEqualTo(200);
        assertThat(CliRun.pdfText(comparisonPdf.body())).contains("T transformation, D development, E engagement",
                "% development", "% engagement");

        HttpResponse<byte[]> report = api.get("/api/assessments/" + north + "/report.pdf");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(CliRun.pdfText(report.body())).contains("Suggested placement: Network site",
                "Agreement between respondents", "over the 4 levels of the scale", "Below 0.7, the rule set's threshold");
    }

    private HttpResponse<byte[]> post(String site) {
        try {
            HttpResponse<byte[]> response = api.post("/api/assessments", Files.readString(
                    DATA.resolve("submissions/" + site + ".json")).replaceFirst("\\{", "{\"questionnaireId\": \"stages\", "));
            assertThat(response.statusCode()).as(text(response)).isEqualTo(201);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The instrument's files, copied into a temporary folder. */
    private static Path copyOfTheInstrument() {
        Path source = Path.of("src/test/resources/instruments");
        try {
            Path target = Files.createTempDirectory("assessor-instrument-");
            List<Path> all;
            try (Stream<Path> walk = Files.walk(source)) {
                all = new ArrayList<>(walk.toList());
            }
            for (Path from : all) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
            target.toFile().deleteOnExit();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
