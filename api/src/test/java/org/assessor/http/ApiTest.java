package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;
import static org.assessor.testing.ApiClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.assessor.testing.ApiClient;
import org.assessor.testing.SharedServer;
import org.assessor.testing.Submissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The success path of every endpoint, on a real server over the fixture questionnaire and rule set. */
@ExtendWith(SharedServer.class)
class ApiTest {
    private final ApiClient api;

    ApiTest(ApiClient api) {
        this.api = api;
    }

    @Test
    void healthSaysOkAndReportsStorageAndRuleSets() {
        HttpResponse<byte[]> response = api.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode health = json(response);
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("storage").asText()).isEqualTo("ok");
        assertThat(health.get("activeRuleSets").asInt()).isEqualTo(1);
    }

    @Test
    void listsQuestionnairesWithIdVersionAndTitle() {
        JsonNode list = json(api.get("/api/questionnaires"));

        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asText()).isEqualTo("demo");
        assertThat(list.get(0).get("version").asText()).isEqualTo("1.0.0");
        assertThat(list.get(0).get("title").asText()).isEqualTo("Demonstration questionnaire for engine tests");
    }

    @Test
    void givesAQuestionnairesDefinitionDownToEachQuestion() {
        HttpResponse<byte[]> response = api.get("/api/questionnaires/demo");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode demo = json(response);
        JsonNode criterion = demo.at("/sections/0/standards/0/criteria/0");
        assertThat(criterion.get("id").asText()).isEqualTo("1.1.a");
        assertThat(criterion.get("title").asText()).isEqualTo("No acute crisis");
        JsonNode question = criterion.at("/questions/0");
        assertThat(question.get("id").asText()).isEqualTo("1.1.a.1");
        assertThat(question.get("text").asText()).isEqualTo("Is the organisation free of an acute crisis?");
        assertThat(question.get("type").asText()).isEqualTo("yes-partly-no");
        assertThat(question.get("help").asText()).startsWith("A serious incident");
        JsonNode number = demo.at("/sections/0/standards/0/criteria/2/questions/0");
        assertThat(number.get("min").asInt()).isZero();
        assertThat(number.get("max").asInt()).isEqualTo(20);
        JsonNode choice = demo.at("/sections/0/standards/0/criteria/2/questions/1");
        assertThat(choice.get("options")).extracting(o -> o.get("id").asText())
                .containsExactly("quality", "policy", "finance");
        assertThat(json(api.get("/api/questionnaires/demo?version=1.0.0"))).isEqualTo(demo);
    }

    @Test
    void evaluatesWithoutStoring() {
        String site = "evaluate-only";
        HttpResponse<byte[]> response = api.post("/api/evaluations", Submissions.strong(site));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = json(response);
        assertThat(result.has("id")).isFalse();
        assertThat(result.at("/overall/rating").asText()).isEqualTo("met");
        assertThat(result.at("/questionnaire/id").asText()).isEqualTo("demo");
        assertThat(result.at("/ruleSet/version").asText()).isEqualTo("1.0.0");
        assertThat(result.at("/sections/0/standards/0/criteria/0/reasons/0/rule").asText()).isEqualTo("1.1.a met");
        assertThat(json(api.get("/api/assessments?site=" + site)).get("items")).isEmpty();
    }

    @Test
    void storesAnAssessmentAndReturnsItByteForByte() {
        HttpResponse<byte[]> created = api.post("/api/assessments", Submissions.weak("stored-site"));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode result = json(created);
        String id = result.get("id").asText();
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(created.headers().firstValue("Location")).hasValue(api.base().resolve("/api/assessments/" + id)
                .toString());
        assertThat(result.at("/overall/rating").asText()).isEqualTo("not-met");
        assertThat(result.at("/site/id").asText()).isEqualTo("stored-site");
        assertThat(result.get("actions")).isNotEmpty();

        HttpResponse<byte[]> fetched = api.get("/api/assessments/" + id);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(fetched.body()).isEqualTo(created.body());
    }

    @Test
    void listsStoredAssessmentSummaries() {
        String id = json(api.post("/api/assessments", Submissions.strong("summary-site"))).get("id").asText();

        JsonNode page = json(api.get("/api/assessments?site=summary-site"));

        assertThat(page.get("items")).hasSize(1);
        JsonNode summary = page.get("items").get(0);
        assertThat(summary.get("id").asText()).isEqualTo(id);
        assertThat(summary.at("/site/name").asText()).isEqualTo("Site summary-site");
        assertThat(summary.at("/questionnaire/id").asText()).isEqualTo("demo");
        assertThat(summary.at("/ruleSet/version").asText()).isEqualTo("1.0.0");
        assertThat(summary.get("mode").asText()).isEqualTo("self");
        assertThat(summary.get("cycle").asText()).isEqualTo("baseline");
        assertThat(summary.get("overallRating").asText()).isEqualTo("met");
        assertThat(summary.has("createdAt")).isTrue();
        assertThat(page.get("limit").asInt()).isEqualTo(20);
        assertThat(page.has("nextCursor")).isFalse();
    }

    @Test
    void publishesAnOpenApiDocumentGeneratedFromTheResources() {
        HttpResponse<byte[]> response = api.get("/api/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = json(response);
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").fieldNames()).toIterable().containsExactlyInAnyOrder("/health", "/health/ready",
                "/api/questionnaires", "/api/questionnaires/{id}", "/api/evaluations", "/api/assessments",
                "/api/assessments/{id}", "/api/assessments/{id}/report.pdf", "/api/comparisons",
                "/api/comparisons/report.pdf", "/api/assessments/{id}/re-evaluate", "/api/assessments/{id}/results",
                "/api/assessments/{id}/results/{number}", "/api/assessments/{id}/results/compare", "/api/rulesets",
                "/api/rulesets/{questionnaireId}", "/api/rulesets/{questionnaireId}/{version}",
                "/api/rulesets/{questionnaireId}/{version}/impact", "/api/rulesets/{questionnaireId}/{version}/publish",
                "/api/rulesets/{questionnaireId}/{version}/retire", "/api/audit", "/api/rounds", "/api/rounds/{id}",
                "/api/rounds/{id}/invitations", "/api/rounds/{id}/invitations/{invitation}/revoke",
                "/api/rounds/{id}/invitations/{invitation}/reissue", "/api/rounds/{id}/invitations/{invitation}/reopen",
                "/api/rounds/{id}/progress", "/api/rounds/{id}/reminders", "/api/rounds/{id}/outbox",
                "/api/rounds/{id}/rating", "/api/rounds/{id}/close", "/api/respond/{link}",
                "/api/respond/{link}/answers", "/api/respond/{link}/submit", "/api/respond/{link}/start");
        assertThat(doc.at("/paths/~1api~1rulesets~1{questionnaireId}/post/responses/422/content/application~1problem+json"
                + "/schema/$ref").asText()).isEqualTo("#/components/schemas/RuleSetProblemView");
        JsonNode impact = doc.at("/paths/~1api~1rulesets~1{questionnaireId}~1{version}~1impact/get");
        assertThat(impact.get("operationId").asText()).as("one operation for both media types").isEqualTo("ruleSetImpact");
        assertThat(impact.at("/responses/200/content").fieldNames()).toIterable()
                .containsExactly("application/json", "application/x-ndjson");
        assertThat(impact.at("/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/ImpactView");
        JsonNode compare = doc.at("/paths/~1api~1comparisons/get");
        assertThat(compare.get("operationId").asText()).isEqualTo("compare");
        assertThat(compare.at("/responses/200/content").fieldNames()).toIterable()
                .containsExactly("application/json", "text/csv; charset=utf-8; header=present");
        JsonNode create = doc.at("/paths/~1api~1assessments/post");
        assertThat(create.get("operationId").asText()).isEqualTo("createAssessment");
        assertThat(create.at("/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Submission");
        assertThat(create.at("/responses/201/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/ResultView");
        assertThat(create.at("/responses/422/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/ProblemView");
        assertThat(doc.at("/components/schemas/ResultView/properties").fieldNames()).toIterable()
                .contains("id", "questionnaire", "ruleSet", "site", "evaluatedAt", "overall", "sections", "actions");
        assertThat(doc.at("/components/schemas").fieldNames()).toIterable().doesNotContain("JsonBody", "JsonNode", "ObjectNode");
        assertThat(doc.at("/components/schemas/Submission/properties/answers/additionalProperties/$ref").asText())
                .isEqualTo("#/components/schemas/AnswerValue");
        assertThat(doc.at("/components/schemas/AnswerValue").has("type")).isFalse();
        assertThat(doc.at("/components/schemas/AnswerValue/oneOf")).extracting(s -> s.get("type").asText())
                .containsExactly("string", "number");
        assertThat(text(response)).doesNotContain("openapi.json");
    }
}
