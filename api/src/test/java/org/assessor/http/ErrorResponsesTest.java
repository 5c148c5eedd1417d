package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;
import static org.assessor.testing.ApiClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.assessor.testing.ApiClient;
import org.assessor.testing.SharedServer;
import org.assessor.testing.Submissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every failure is {@code application/problem+json} with the right status, a request id and no
 * stack trace; bad input stores nothing and leaves the server answering.
 */
@ExtendWith(SharedServer.class)
class ErrorResponsesTest {
    private static final String PROBLEM = "application/problem+json";
    private final ApiClient api;

    ErrorResponsesTest(ApiClient api) {
        this.api = api;
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"questionnaireId\": ", "not json", "{\"a\": 1, \"a\": 2}", "{} {}", ""})
    void malformedJsonIs400(String body) {
        JsonNode problem = problem(api.post("/api/assessments", body), 400);

        assertThat(problem.get("type").asText()).isEqualTo("urn:assessor:problem:malformed-json");
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    @Test
    void bytesInNoEncodingJsonAllowsAre400NotA500() {
        byte[] body = {0, 0, (byte) 0xFF, (byte) 0xFE, '{', '}'};
        JsonNode problem = problem(api.send(api.request("/api/assessments")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))), 400);

        assertThat(problem.get("type").asText()).isEqualTo("urn:assessor:problem:malformed-json");
        assertThat(problem.get("detail").asText()).contains("not UTF-8 text");
    }

    @Test
    void wellFormedButWrongSubmissionIs422WithAPointerToEachField() {
        String body = """
                {"questionnaireId": "demo", "site": {"id": "errors-site", "colour": "red"}, "mode": "self",
                 "answers": {"1.1.a.1": "maybe", "1.1.c.1": 21, "1.1.b.1": "five", "no.such.question": "yes"}}
                """;
        JsonNode problem = problem(api.post("/api/assessments", body), 422);

        assertThat(problem.get("type").asText()).isEqualTo("urn:assessor:problem:submission-invalid");
        assertThat(problem.get("errors")).extracting(e -> e.get("pointer").asText()).containsExactlyInAnyOrder(
                "/site/colour", "/answers/1.1.a.1", "/answers/1.1.c.1", "/answers/1.1.b.1",
                "/answers/no.such.question");
        assertThat(problem.get("errors")).allSatisfy(e -> assertThat(e.get("message").asText()).isNotBlank());
        assertThat(json(api.get("/api/assessments?site=errors-site")).get("items")).isEmpty();
    }

    @Test
    void unknownQuestionnaireAndWrongTypesNameTheField() {
        JsonNode problem = problem(api.post("/api/evaluations",
                "{\"questionnaireId\": \"nope\", \"site\": {\"id\": 7}, \"respondents\": {}}"), 422);

        assertThat(problem.get("errors")).extracting(e -> e.get("pointer").asText())
                .contains("/questionnaireId", "/site/id");
    }

    @Test
    void unknownAssessmentIs404() {
        JsonNode problem = problem(api.get("/api/assessments/01890a5d-ac96-774b-bcce-b302099a8057"), 404);

        assertThat(problem.get("type").asText()).isEqualTo("urn:assessor:problem:no-such-assessment");
        problem(api.get("/api/assessments/not-an-id"), 404);
    }

    @Test
    void unknownQuestionnaireOrPathIs404() {
        assertThat(problem(api.get("/api/questionnaires/nope"), 404).get("type").asText())
                .isEqualTo("urn:assessor:problem:no-such-questionnaire");
        problem(api.get("/api/questionnaires/demo?version=9.9.9"), 404);
        assertThat(problem(api.get("/api/nothing-here"), 404).get("detail").asText())
                .isEqualTo("no resource at /api/nothing-here");
    }

    @Test
    void wrongMethodIs405AndSaysWhichAreAllowed() {
        HttpResponse<byte[]> response = api.send(api.request("/api/assessments").DELETE());

        problem(response, 405);
        assertThat(response.headers().firstValue("Allow").orElseThrow()).contains("GET", "POST");
    }

    @Test
    void bodyOverTheLimitIs413() {
        byte[] big = ("{\"questionnaireId\": \"demo\", \"pad\": \"" + "x".repeat(1 << 20) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = api.send(api.request("/api/assessments").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));

        assertThat(problem(response, 413).get("type").asText()).isEqualTo("urn:assessor:problem:body-too-large");
        assertThat(api.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongOrMissingContentTypeIs415() {
        String body = Submissions.strong("content-type-site");
        problem(api.send(api.request("/api/assessments").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body))), 415);
        problem(api.send(api.request("/api/evaluations")
                .POST(HttpRequest.BodyPublishers.ofString(body))), 415);
        assertThat(json(api.get("/api/assessments?site=content-type-site")).get("items")).isEmpty();
    }

    @Test
    void badListParametersAre400AndNameTheParameter() {
        for (String query : new String[] {"limit=0", "limit=101", "limit=ten", "cursor=abc", "site=%20bad"}) {
            JsonNode problem = problem(api.get("/api/assessments?" + query), 400);
            assertThat(problem.get("type").asText()).isEqualTo("urn:assessor:problem:invalid-parameter");
            assertThat(problem.at("/errors/0/parameter").asText()).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void aWellFormedRequestIdIsKeptAndEchoed() {
        HttpResponse<byte[]> response = api.send(api.request("/api/assessments/unknown")
                .header("X-Request-Id", "client-chosen-id-42").GET());

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("client-chosen-id-42");
        assertThat(problem(response, 404).get("requestId").asText()).isEqualTo("client-chosen-id-42");
    }

    @Test
    void aMalformedRequestIdIsReplaced() {
        HttpResponse<byte[]> response = api.send(api.request("/api/assessments/unknown")
                .header("X-Request-Id", "<script>").GET());

        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f]{16}");
        assertThat(problem(response, 404).get("requestId").asText()).isEqualTo(id);
    }

    /** Checks the response is a problem with {@code status}, a request id and no stack trace. */
    private static JsonNode problem(HttpResponse<byte[]> response, int status) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("requestId").asText())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(text(response)).doesNotContain("Exception", "\tat ", ".java:");
        return problem;
    }
}
