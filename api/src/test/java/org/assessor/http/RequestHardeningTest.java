package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;
import static org.assessor.testing.ApiClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assessor.testing.ApiClient;
import org.assessor.testing.RawHttp;
import org.assessor.testing.SharedServer;
import org.assessor.testing.Submissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile requests: wrong content types and charsets, lying or stalled bodies, oversized
 * headers, odd paths and query strings, JSON past its limits. Each gets a 4xx (problem+json
 * where Assessor's code answers), none stores anything, and the server keeps answering.
 */
@ExtendWith(SharedServer.class)
class RequestHardeningTest {
    private static final String SITE = "hardening-site";
    private final ApiClient api;
    private int storedBefore;

    RequestHardeningTest(ApiClient api) {
        this.api = api;
    }

    @BeforeEach
    void countStored() {
        storedBefore = stored();
    }

    @AfterEach
    void nothingWasStoredAndTheServerStillAnswers() {
        assertThat(stored()).isEqualTo(storedBefore);
        assertThat(api.post("/api/evaluations", Submissions.strong(SITE)).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/plain                          | 415",
            "application/x-www-form-urlencoded   | 415",
            "application/json; charset=ISO-8859-1 | 415",
            "application/json; charset=UTF-16     | 415"})
    void aBodyThatIsNotUtf8JsonIsRefused(String contentType, int status) {
        HttpResponse<byte[]> response = api.send(api.request("/api/assessments").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(Submissions.strong(SITE))));
        problem(response, status);
    }

    @Test
    void utf8IsAcceptedWhenNamedAndInvalidUtf8IsMalformed() {
        assertThat(api.send(api.request("/api/evaluations").header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(Submissions.strong(SITE)))).statusCode()).isEqualTo(200);
        byte[] invalid = "{\"questionnaireId\": \"demo\u00C3\u0028\"}".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<byte[]> response = api.send(api.request("/api/assessments").header("Content-Type", ApiClient.JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(invalid)));
        assertThat(problem(response, 400).get("type").asText()).isEqualTo("urn:assessor:problem:malformed-json");
    }

    @Test
    void aBodyLongerThanItsContentLengthIsCutAtTheLengthAndTheRestIsNotARequest() {
        String body = Submissions.strong(SITE);
        try (RawHttp raw = new RawHttp(api.base(), 20_000)) {
            RawHttp.Response first = raw.send("POST /api/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: "
                    + "application/json\r\nContent-Length: 20\r\n\r\n" + body).read();
            assertThat(first.status()).isEqualTo(400);
            assertThat(first.header("Content-Type")).isEqualTo("application/problem+json");
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthIsGivenUpOnWhileOthersAreServed() throws Exception {
        try (RawHttp raw = new RawHttp(api.base(), 60_000)) {
            raw.send("POST /api/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 5000\r\n\r\n{\"questionnaireId\": ");
            CompletableFuture<RawHttp.Response> stalled = CompletableFuture.supplyAsync(raw::read);
            assertThat(api.get("/api/questionnaires").statusCode()).isEqualTo(200);
            RawHttp.Response response = stalled.get(20, TimeUnit.SECONDS); // documented: 10 s without a byte
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).contains("urn:assessor:problem:body-unreadable");
            assertThat(response.header("Connection")).isEqualTo("close");
            assertThat(raw.closedByServerWithin(5_000)).as("the connection is not held for the keep-alive time")
                    .isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/question naires         | invalid-path",
            "/api/questionnaires/ demo    | invalid-path",
            "/api/assessments?site=a b    | invalid-parameter"})
    void aRequestLineWithASpaceInItsTargetGets400ProblemNot505(String target, String kind) {
        try (RawHttp raw = new RawHttp(api.base(), 20_000)) {
            RawHttp.Response response = raw.send("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n").read();

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(response.body()).contains("urn:assessor:problem:" + kind);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {20 * 1024, 200 * 1024})
    void oversizedHeadersAreRefusedBeforeAnyCodeRuns(int size) {
        try (RawHttp raw = new RawHttp(api.base(), 20_000)) {
            String request = "GET /api/questionnaires HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(size) + "\r\n\r\n";
            int status;
            try {
                status = raw.send(request).read().status();
            } catch (java.io.UncheckedIOException closed) {
                status = 400; // refused and closed before the whole request was even sent
            }
            assertThat(status).isBetween(400, 499);
        }
    }

    @Test
    void tooManyHeadersAreRefused() {
        StringBuilder request = new StringBuilder("GET /api/questionnaires HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 200; i++) {
            request.append("X-H").append(i).append(": v\r\n");
        }
        try (RawHttp raw = new RawHttp(api.base(), 20_000)) {
            assertThat(raw.send(request.append("\r\n").toString()).read().status()).isBetween(400, 499);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/assessments/%2e%2e/questionnaires", "/api/questionnaires/..%2Fassessments",
            "/api/./assessments", "/api/questionnaires/../assessments", "//api/assessments", "/api/assessments;x=1",
            "/api/questionnaires/d%65mo", "/api/questionnaires/demo%00", "/api/question%20naires"})
    void pathsWithEscapesOrDotSegmentsAreRefused(String path) {
        try (RawHttp raw = new RawHttp(api.base(), 20_000)) {
            RawHttp.Response response = raw.send("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.body()).contains("urn:assessor:problem:invalid-path");
        }
    }

    static Stream<String> malformedQueries() {
        return Stream.of("site=..%2Fx", "site=a%00b", "questionnaire=%C3%A9t%C3%A9", "cursor=not-a-cursor",
                "limit=1" + "&x=1".repeat(600), "site=" + "s".repeat(300), "note=" + "n".repeat(300),
                "note=line%0Abreak");
    }

    @ParameterizedTest
    @MethodSource("malformedQueries")
    void malformedQueryParametersAre400(String query) {
        JsonNode problem = problem(api.get("/api/assessments?" + query), 400);
        assertThat(problem.get("type").asText()).isEqualTo("urn:assessor:problem:invalid-parameter");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/assessments?site=%zz     | x          | invalid-parameter",
            "/api/assessments?site=a%      | x          | invalid-parameter",
            "/api/assessments?site=\"x\"   | x          | invalid-parameter",
            "/api/%zz                      | x          | invalid-path",
            "/api/questionnaires/a%        | x          | invalid-path",
            "/api/questionnaires/{x}       | x          | invalid-path",
            "/api/questionnaires           | a b        | invalid-host",
            "/api/questionnaires           | [zz        | invalid-host"})
    void aRequestLineNoUriCanHoldIs400WithoutAStackTrace(String target, String host, String kind) {
        try (RawHttp raw = new RawHttp(api.base(), 20_000)) {
            RawHttp.Response response = raw.send("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n").read();
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(response.body()).contains("urn:assessor:problem:" + kind).doesNotContain("at org.");
        }
    }

    @Test
    void aLongQueryIsCheckedWithoutOverflowingTheStack() {
        assertThat(api.get("/api/assessments?limit=1" + "&x=1".repeat(590)).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/assessments?limit=1&site=" + "%41".repeat(3_000)).statusCode()).isEqualTo(400);
        try (RawHttp raw = new RawHttp(api.base(), 20_000)) {
            RawHttp.Response response = raw.send("GET /api/questionnaires/" + "a".repeat(10_000)
                    + " HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(404);
        }
    }

    @Test
    void traceIsNotEchoed() {
        try (RawHttp raw = new RawHttp(api.base(), 20_000)) {
            RawHttp.Response response = raw.send("TRACE /api/questionnaires HTTP/1.1\r\nHost: x\r\n"
                    + "Authorization: Bearer secret-secret-secret-secret-secret\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(405);
            assertThat(response.body()).doesNotContain("secret");
        }
    }

    @Test
    void jsonPastItsLimitsIsMalformed() {
        String deep = "[".repeat(40) + "]".repeat(40);
        String wide = "{\"questionnaireId\": \"demo\", \"respondents\": [" + "{},".repeat(1_000) + "{}]}";
        String longName = "{\"" + "k".repeat(2_000) + "\": 1}";
        String hugeNumber = "{\"questionnaireId\": " + "9".repeat(200) + "}";
        for (String body : new String[] {deep, wide, longName, hugeNumber, "{\"a\": 1, \"a\": 1}"}) {
            JsonNode problem = problem(api.post("/api/assessments", body), 400);
            assertThat(problem.get("type").asText()).isEqualTo("urn:assessor:problem:malformed-json");
        }
    }

    private int stored() {
        return json(api.get("/api/assessments?limit=100&site=" + SITE)).get("items").size();
    }

    private static JsonNode problem(HttpResponse<byte[]> response, int status) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return json(response);
    }
}
