package org.assessor.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;
import static org.assessor.testing.ApiClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.api.ApiJson;
import org.assessor.server.ServerConfig;
import org.assessor.testing.CliRun;
import org.assessor.testing.Rounds;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.Tokens;
import org.assessor.testing.WebClient;
import org.assessor.testing.WebSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two bundled instruments that are data only, {@code recovery-challenges} (the ImROC ten
 * challenges, rated by stage, with a suggested placement) and {@code implementation-factors}
 * (twelve factors, each a strength, a risk or neither), used as their users would from the
 * repository's own files: the rule sets' checks and test cases and an evaluation of each example
 * through the command line; two sites rated, compared (stages per site, sites at each stage per
 * item; JSON, CSV, PDF) and reported through the HTTP API; and the web pages a respondent, a
 * site lead and a commissioner use, on each instrument's own scale. No Java was written for
 * either instrument.
 */
class BundledInstrumentsTest {
    private static final Path REPOSITORY = Path.of("..");
    private static final String RECOVERY = "recovery-challenges";
    private static final String FACTORS = "implementation-factors";

    @RegisterExtension
    static final WebSite SITE = new WebSite(data -> ServerConfig.defaults().withAddress("127.0.0.1", 0)
            .withDataFolder(data));

    @TempDir
    Path temp;

    @Test
    void theCommandLineRunsBothRuleSetsTestCasesWithACaseForEveryStageOfEveryChallengeAndEveryRatingOfEveryFactor() {
        CliRun recovery = CliRun.of("rules", "test", REPOSITORY.resolve("rules/recovery-challenges/1.0.0").toString());
        assertThat(recovery.code()).as(recovery.out() + recovery.err()).isZero();
        assertThat(recovery.out()).contains("PASS tests/all-transformation.json", "PASS tests/all-development.json",
                "PASS tests/all-engagement.json", "PASS tests/c3-engagement.json", "PASS tests/g2-development.json",
                "PASS tests/respondents-median.json", "PASS tests/peer-review.json", "OK (0 problems")
                .doesNotContain("FAIL");
        for (String item : List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "g1", "g2")) {
            assertThat(recovery.out()).contains("PASS tests/" + item + "-development.json", "PASS tests/" + item + "-engagement.json");
        }

        CliRun factors = CliRun.of("rules", "test", REPOSITORY.resolve("rules/implementation-factors/1.0.0").toString());
        assertThat(factors.code()).as(factors.out() + factors.err()).isZero();
        assertThat(factors.out()).contains("PASS tests/all-strength.json", "PASS tests/all-neither.json",
                "PASS tests/all-risk.json", "OK (0 problems").doesNotContain("FAIL");
        for (int f = 1; f <= 12; f++) {
            assertThat(factors.out()).contains("PASS tests/f" + f + "-neither.json", "PASS tests/f" + f + "-risk.json");
        }
    }

    @Test
    void theCommandLineRatesTheRecoveryExampleByStageWithThePlacementAndAPdfThatDrawsTheProfile() throws IOException {
        Path pdf = temp.resolve("riverside.pdf");
        CliRun evaluate = CliRun.of("evaluate", "--questionnaire", RECOVERY, "--pdf", pdf.toString(),
                REPOSITORY.resolve("examples/recovery-challenges-self.json").toString());
        assertThat(evaluate.code()).as(evaluate.err()).isZero();
        JsonNode result = ApiJson.mapper().readTree(evaluate.out());
        assertThat(result.at("/overall/rating").asText()).isEqualTo("development");
        assertThat(result.at("/overall/counts").fieldNames()).toIterable()
                .containsExactly("engagement", "development", "transformation", "not-applicable", "not-rated");
        assertThat(result.at("/overall/counts/transformation").asInt()).isEqualTo(2);
        assertThat(result.at("/overall/counts/development").asInt()).isEqualTo(5);
        assertThat(result.at("/overall/counts/engagement").asInt()).isEqualTo(5);
        assertThat(result.at("/outcomes/0/name").asText()).isEqualTo("placement");
        assertThat(result.at("/outcomes/0/value").asText()).isEqualTo("pilot");
        assertThat(standards(result)).containsEntry("C2", "transformation").containsEntry("C3", "engagement")
                .containsEntry("G1", "engagement").hasSize(12);
        assertThat(result.get("actions")).extracting(a -> a.get("id").asText())
                .contains("AC3-D", "AC1-T").doesNotContain("AC2-D", "AC2-T");

        String report = CliRun.pdfText(Files.readAllBytes(pdf));
        assertThat(report).contains("Suggested placement: Pilot site", "T transformation D development E engagement",
                "G1 Carers, families and friends E", "Overall rating D development",
                "Standards 2 transformation, 5 development, 5 engagement of 12 rated");
    }

    @Test
    void thePeerReviewExamplesRatingsStandOnEachInstrumentsScale() throws IOException {
        CliRun recovery = CliRun.of("evaluate", "--questionnaire", RECOVERY,
                REPOSITORY.resolve("examples/recovery-challenges-peer.json").toString());
        assertThat(recovery.code()).as(recovery.err()).isZero();
        JsonNode stages = ApiJson.mapper().readTree(recovery.out());
        assertThat(stages.at("/mode").asText()).isEqualTo("peer");
        assertThat(stages.at("/overall/rating").asText()).isEqualTo("development");
        assertThat(stages.at("/outcomes/0/value").asText()).isEqualTo("pilot");
        assertThat(standards(stages)).containsEntry("C2", "transformation").containsEntry("C3", "engagement")
                .containsEntry("C5", "development");

        CliRun factors = CliRun.of("evaluate", "--questionnaire", FACTORS,
                REPOSITORY.resolve("examples/implementation-factors-peer.json").toString());
        assertThat(factors.code()).as(factors.err()).isZero();
        JsonNode ratings = ApiJson.mapper().readTree(factors.out());
        assertThat(ratings.at("/overall/rating").asText()).isEqualTo("risk");
        assertThat(standards(ratings)).containsEntry("F1", "risk").containsEntry("F9", "risk").containsEntry("F2", "strength");
    }

    @Test
    void theCommandLineRatesTheFactorsExampleAndPutsTheRisksFirst() throws IOException {
        CliRun evaluate = CliRun.of("evaluate", "--questionnaire", FACTORS,
                REPOSITORY.resolve("examples/implementation-factors-self.json").toString());
        assertThat(evaluate.code()).as(evaluate.err()).isZero();
        JsonNode result = ApiJson.mapper().readTree(evaluate.out());
        assertThat(result.at("/overall/rating").asText()).isEqualTo("risk");
        assertThat(result.at("/overall/counts").fieldNames()).toIterable()
                .containsExactly("risk", "neither", "strength", "not-applicable", "not-rated");
        assertThat(standards(result)).containsEntry("F1", "risk").containsEntry("F9", "risk")
                .containsEntry("F6", "strength").containsEntry("F3", "neither").hasSize(12);
        assertThat(result.get("actions")).filteredOn(a -> a.get("priority").asText().equals("high"))
                .extracting(a -> a.get("target").asText()).containsExactlyInAnyOrder("F1", "F9");
    }

    @Test
    void twoSitesAreRatedComparedAndReportedOverHttpOnEachInstrumentsOwnScale() throws IOException {
        SecuredApi api = SITE.api();
        String north = stored(api, Tokens.NORTH, example(RECOVERY, "north", null));
        stored(api, Tokens.SOUTH, example(RECOVERY, "south", "partly"));

        JsonNode comparison = json(api.get(Tokens.COMMISSIONER, "/api/comparisons?cycle=2026-baseline&questionnaire=" + RECOVERY));
        assertThat(comparison.at("/matrix")).extracting(row -> row.at("/site/id").asText()
                + " C2=" + row.at("/ratings/C2").asText() + " C4=" + row.at("/ratings/C4").asText()
                + " C3=" + row.at("/ratings/C3").asText())
                .containsExactlyInAnyOrder("north C2=transformation C4=transformation C3=engagement",
                        "south C2=development C4=development C3=engagement");
        JsonNode c2 = standard(comparison, "C2");
        assertThat(c2.at("/standardLevel/counts/transformation").asInt()).isEqualTo(1);
        assertThat(c2.at("/standardLevel/counts/development").asInt()).isEqualTo(1);
        assertThat(c2.at("/standardLevel/counts/engagement").asInt()).isZero();
        assertThat(standard(comparison, "C3").at("/standardLevel/counts/engagement").asInt()).isEqualTo(2);
        assertThat(comparison.at("/overall/standardLevel/rated").asInt()).isEqualTo(24);
        assertThat(comparison.at("/overall/standardLevel/percent").fieldNames()).toIterable()
                .containsExactly("transformation", "development", "engagement");

        HttpResponse<byte[]> csv = api.client().send(api.client().request("/api/comparisons?cycle=2026-baseline&questionnaire=" + RECOVERY)
                .header("Authorization", "Bearer " + Tokens.COMMISSIONER).header("Accept", "text/csv").GET());
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = text(csv).lines().toList();
        assertThat(lines.get(0)).contains("standard,standard_title,rating,criteria_transformation,criteria_development,"
                + "criteria_engagement,criteria_not_applicable,criteria_not_rated");
        assertThat(lines).hasSize(1 + 2 * 12)
                .anyMatch(l -> l.startsWith("north,") && l.contains(",C3,") && l.contains(",engagement,0,0,2,"));

        HttpResponse<byte[]> comparisonPdf = api.get(Tokens.COMMISSIONER, "/api/comparisons/report.pdf?cycle=2026-baseline&questionnaire=" + RECOVERY);
        assertThat(comparisonPdf.statusCode()).isEqualTo(200);
        assertThat(CliRun.pdfText(comparisonPdf.body())).contains("T transformation, D development, E engagement",
                "% transformation", "% engagement");

        HttpResponse<byte[]> report = api.get(Tokens.NORTH, "/api/assessments/" + north + "/report.pdf");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(CliRun.pdfText(report.body())).contains("Suggested placement: Pilot site", "Agreement between respondents",
                "over the 3 levels of the scale");

        stored(api, Tokens.NORTH, example(FACTORS, "north", null));
        stored(api, Tokens.SOUTH, example(FACTORS, "south", "partly"));
        JsonNode factors = json(api.get(Tokens.COMMISSIONER, "/api/comparisons?questionnaire=" + FACTORS));
        assertThat(factors.at("/matrix")).hasSize(2);
        assertThat(standard(factors, "F1").at("/standardLevel/counts/risk").asInt()).isEqualTo(2);
        assertThat(standard(factors, "F6").at("/standardLevel/counts/strength").asInt()
                + standard(factors, "F6").at("/standardLevel/counts/neither").asInt()).isEqualTo(2);
        assertThat(factors.at("/overall/standardLevel/counts").fieldNames()).toIterable()
                .containsExactly("risk", "neither", "strength", "not-applicable", "not-rated");
        HttpResponse<byte[]> factorsCsv = api.client().send(api.client().request("/api/comparisons?questionnaire=" + FACTORS)
                .header("Authorization", "Bearer " + Tokens.COMMISSIONER).header("Accept", "text/csv").GET());
        assertThat(text(factorsCsv).lines().findFirst().orElseThrow())
                .contains("criteria_strength,criteria_neither,criteria_risk");
        assertThat(CliRun.pdfText(api.get(Tokens.COMMISSIONER, "/api/comparisons/report.pdf?questionnaire=" + FACTORS).body()))
                .contains("S strength, N neither, R risk");
    }

    @Test
    void aRespondentAnswersTheRecoveryChallengesOnTheWebPagesAndTheLeadAndTheCommissionerSeeTheStages() throws IOException {
        SecuredApi api = SITE.api();
        Rounds rounds = new Rounds(api);
        String round = rounds.create(Tokens.NORTH, """
                {"site": {"id": "north", "name": "North Mental Health Services"}, "questionnaireId": "%s",
                 "cycle": "web", "closesAt": "%s", "expected": {"service-user": 1}, "anonymous": false}
                """.formatted(RECOVERY, Instant.now().plus(1, ChronoUnit.DAYS)));
        String link = rounds.invite(Tokens.NORTH, round, "[{\"role\": \"service-user\", \"name\": \"Uma\"}]").get(0)
                .get("token").asText();

        WebClient respondent = SITE.client();
        assertThat(respondent.get("/respond/" + link).body()).contains("Recovery: the ten organisational challenges");
        JsonNode definition = ApiJson.mapper().readTree(REPOSITORY.resolve("questionnaires/recovery-challenges/1.0.0.json").toFile());
        for (JsonNode section : definition.get("sections")) {
            String number = section.get("id").asText();
            String page = respondent.get("/respond/" + link + "/sections/" + number).body();
            assertThat(page).contains(section.get("title").asText());
            Map<String, String> answers = new LinkedHashMap<>();
            for (JsonNode standard : section.get("standards")) {
                for (JsonNode criterion : standard.get("criteria")) {
                    for (JsonNode question : criterion.get("questions")) {
                        String type = question.get("type").asText();
                        if (type.equals("yes-partly-no")) {
                            answers.put(question.get("id").asText(), section.get("id").asText().equals("G") ? "no" : "yes");
                        } else if (type.equals("agreement")) {
                            answers.put(question.get("id").asText(), section.get("id").asText().equals("G") ? "1" : "5");
                        }
                    }
                }
            }
            assertThat(page).contains("name=\"" + answers.keySet().iterator().next() + "\"");
            HttpResponse<String> saved = respondent.post("/respond/" + link + "/sections/" + number, answers);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        }
        assertThat(respondent.get("/respond/" + link + "/check").body()).contains("Submit my answers");
        assertThat(respondent.post("/respond/" + link + "/check", Map.of()).statusCode()).isIn(200, 303);

        HttpResponse<byte[]> closed = api.post(Tokens.NORTH, "/api/rounds/" + round + "/close", null);
        assertThat(closed.statusCode()).as(text(closed)).isIn(200, 201);
        JsonNode result = json(closed);
        assertThat(result.at("/result/overall/rating").asText()).isEqualTo("transformation");
        String assessment = result.get("assessmentId").asText();

        WebClient lead = SITE.client();
        lead.signIn(WebSite.NORTH_LEAD, WebSite.PASSWORD);
        HttpResponse<String> page = lead.get("/results/" + assessment);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Changing the nature of day-to-day interactions and the quality of experience",
                "Transformation", "Engagement", "Carers, families and friends", "Suggested placement: <strong>Demonstration site")
                .doesNotContain("Partly met", "Not met");
        HttpResponse<byte[]> pdf = lead.bytes("/results/" + assessment + "/report.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);

        WebClient commissioner = SITE.client();
        commissioner.signIn(WebSite.COMMISSIONER, WebSite.PASSWORD);
        HttpResponse<String> programme = commissioner.get("/programme?questionnaire=" + RECOVERY);
        assertThat(programme.statusCode()).isEqualTo(200);
        assertThat(programme.body()).contains("Transformation", "Engagement", "Redefining user involvement");
    }

    // ------------------------------------------------------------------------------------------

    /** The repository's example of {@code questionnaire} for {@code site}, every yes made {@code yesBecomes} if not null. */
    private static String example(String questionnaire, String site, String yesBecomes) throws IOException {
        String text = Files.readString(REPOSITORY.resolve("examples/" + questionnaire + "-self.json"));
        if (yesBecomes != null) {
            text = text.replace("\"yes\"", "\"" + yesBecomes + "\"");
        }
        ObjectNode body = (ObjectNode) ApiJson.mapper().readTree(text);
        ((ObjectNode) body.get("site")).put("id", site).put("name", site + " Mental Health Services");
        return body.toString();
    }

    private static String stored(SecuredApi api, String token, String body) {
        HttpResponse<byte[]> response = api.post(token, "/api/assessments", body);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(201);
        return json(response).get("id").asText();
    }

    private static JsonNode standard(JsonNode comparison, String id) {
        for (JsonNode s : comparison.get("standards")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no standard " + id + " in " + comparison.get("standards"));
    }

    private static Map<String, String> standards(JsonNode result) {
        Map<String, String> ratings = new LinkedHashMap<>();
        result.get("sections").forEach(section -> section.get("standards").forEach(s ->
                ratings.put(s.get("id").asText(), s.get("rating").asText())));
        return ratings;
    }
}
