package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.assessor.rules.RuleSetSource;
import org.assessor.testing.ApiClient;
import org.assessor.testing.DemoDrafts;
import org.assessor.testing.OwnServer;
import org.assessor.testing.Submissions;
import org.assessor.testing.Uploads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Re-evaluating a stored assessment under another rule-set version adds a result and keeps every
 * earlier one; the results can be listed, read and compared standard by standard.
 */
class ReEvaluationTest {
    @RegisterExtension
    static final OwnServer SERVER = new OwnServer();
    private static RuleSetSource draft;

    private final ApiClient api = SERVER.api();

    @BeforeAll
    static void uploadTheDraft() {
        draft = DemoDrafts.metFromHalf("1.1.0").source();
        assertThat(SERVER.api().post("/api/rulesets/demo", Uploads.of(draft)).statusCode()).isEqualTo(201);
    }

    private HttpResponse<byte[]> store(String site) {
        return api.post("/api/assessments", Submissions.standard12(site, "partly", "yes"));
    }

    @Test
    void addsAResultUnderTheVersionAskedForAndKeepsTheOriginal() {
        HttpResponse<byte[]> created = store("history");
        String id = json(created).get("id").asText();

        HttpResponse<byte[]> reEvaluated = api.post("/api/assessments/" + id + "/re-evaluate?ruleSetVersion=1.1.0", "");
        HttpResponse<byte[]> underActive = api.post("/api/assessments/" + id + "/re-evaluate", "");

        assertThat(reEvaluated.statusCode()).isEqualTo(201);
        assertThat(reEvaluated.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).endsWith("/api/assessments/" + id + "/results/1"));
        JsonNode result = json(reEvaluated);
        assertThat(result.get("id").asText()).isEqualTo(id);
        assertThat(result.at("/ruleSet/version").asText()).isEqualTo("1.1.0");
        assertThat(result.at("/ruleSet/hash").asText()).isEqualTo(draft.hash());
        assertThat(result.at("/overall/rating").asText()).isEqualTo("met");
        assertThat(underActive.statusCode()).isEqualTo(201);
        assertThat(json(underActive).at("/ruleSet/version").asText()).isEqualTo("1.0.0");
        assertThat(api.get("/api/assessments/" + id).body()).isEqualTo(created.body());
        assertThat(api.get("/api/assessments/" + id + "/results/0").body()).isEqualTo(created.body());
        assertThat(api.get("/api/assessments/" + id + "/results/1").body()).isEqualTo(reEvaluated.body());
        assertThat(api.get("/api/assessments/" + id + "/results/2").body()).isEqualTo(underActive.body());

        JsonNode history = json(api.get("/api/assessments/" + id + "/results"));
        assertThat(history.get("results")).extracting(r -> r.get("number").asInt() + " " + r.get("kind").asText()
                        + " " + r.at("/ruleSet/version").asText() + " " + r.get("overallRating").asText())
                .containsExactly("0 original 1.0.0 partly-met", "1 re-evaluation 1.1.0 met",
                        "2 re-evaluation 1.0.0 partly-met");
        assertThat(history.at("/results/1/by").asText()).isEqualTo("local");
        assertThat(history.at("/results/0").has("by")).isFalse();
    }

    @Test
    void comparesTwoResultsStandardByStandardAndCriterionByCriterion() {
        String id = json(store("compare")).get("id").asText();
        api.post("/api/assessments/" + id + "/re-evaluate?ruleSetVersion=1.1.0", "");

        JsonNode comparison = json(api.get("/api/assessments/" + id + "/results/compare"));
        JsonNode same = json(api.get("/api/assessments/" + id + "/results/compare?from=1&to=1"));

        assertThat(comparison.at("/from/number").asInt()).isZero();
        assertThat(comparison.at("/to/number").asInt()).isEqualTo(1);
        assertThat(comparison.at("/from/ruleSet/version").asText()).isEqualTo("1.0.0");
        assertThat(comparison.at("/to/ruleSet/version").asText()).isEqualTo("1.1.0");
        assertThat(comparison.at("/overall/from").asText()).isEqualTo("partly-met");
        assertThat(comparison.at("/overall/to").asText()).isEqualTo("met");
        assertThat(comparison.at("/changed/standards").asLong()).isEqualTo(1);
        assertThat(comparison.at("/changed/criteria").asLong()).isEqualTo(1);
        assertThat(comparison.get("standards")).extracting(s -> s.get("id").asText() + " " + s.get("from").asText()
                + " " + s.get("to").asText() + " " + s.get("changed").asBoolean())
                .containsExactly("1.1 met met false", "1.2 partly-met met true", "2.1 met met false");
        assertThat(comparison.at("/standards/1/criteria")).extracting(c -> c.get("id").asText() + " "
                + c.get("from").asText() + " " + c.get("to").asText())
                .containsExactly("1.2.a partly-met met", "1.2.b met met");
        assertThat(same.at("/changed/standards").asLong()).isZero();
        assertThat(same.at("/overall/changed").asBoolean()).isFalse();
    }

    @Test
    void unknownAssessmentsVersionsAndResultsAre404() {
        String id = json(store("missing")).get("id").asText();

        assertThat(json(api.post("/api/assessments/" + id + "/re-evaluate?ruleSetVersion=7.7.7", ""))
                .get("type").asText()).isEqualTo("urn:assessor:problem:no-such-rule-set");
        assertThat(api.post("/api/assessments/" + id + "/re-evaluate?ruleSetVersion=bad%20id", "").statusCode())
                .isEqualTo(400);
        assertThat(api.post("/api/assessments/01a200b4-b22d-7000-99c7-7a695f259449/re-evaluate", "").statusCode())
                .isEqualTo(404);
        assertThat(json(api.get("/api/assessments/" + id + "/results/1")).get("type").asText())
                .isEqualTo("urn:assessor:problem:no-such-result");
        assertThat(api.get("/api/assessments/" + id + "/results/compare?to=3").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/assessments/" + id + "/results/compare?to=x").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/assessments/not-an-id/results").statusCode()).isEqualTo(404);
        assertThat(json(api.get("/api/assessments/" + id + "/results")).get("results")).hasSize(1);
    }
}
