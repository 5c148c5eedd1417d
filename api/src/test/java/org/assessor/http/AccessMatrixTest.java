package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;
import static org.assessor.testing.ApiClient.text;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assessor.testing.ApiClient;
import org.assessor.testing.Rounds;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.SecuredServer;
import org.assessor.testing.Submissions;
import org.assessor.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access policy as a user meets it: every endpoint against every role, no token and an
 * unknown token, each with the status it must get. {@code ALLOWED} means the policy lets the call
 * through and the endpoint's own answer depends on state other tests change (a draft, an impact):
 * anything but 401 and 403, and never a 5xx.
 */
@ExtendWith(SecuredServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
    private static final int ALLOWED = -1;
    /** The callers, in the order of each row's statuses. */
    private static final List<String> CALLERS = List.of("no token", "unknown token", "site north", "site south",
            "peer one", "peer two", "commissioner", "auditor", "admin");
    private static final List<String> TOKENS = new ArrayList<>(List.of("", Tokens.UNKNOWN, Tokens.NORTH,
            Tokens.SOUTH, Tokens.PEER_1, Tokens.PEER_2, Tokens.COMMISSIONER, Tokens.AUDITOR, Tokens.ADMIN));
    private final SecuredApi api;
    private String northSelf;
    private String northPeerByPeerOne;
    private String northRound;

    AccessMatrixTest(SecuredApi api) {
        this.api = api;
    }

    private record Row(String method, String path, String body, int... statuses) {
    }

    @BeforeAll
    void storeAssessments() {
        northSelf = created(api.post(Tokens.NORTH, "/api/assessments", Submissions.strong("north")));
        northPeerByPeerOne = created(api.post(Tokens.PEER_1, "/api/assessments", Submissions.peer("north")));
        northRound = ApiClient.json(api.post(Tokens.NORTH, "/api/rounds",
                Rounds.roundBody("north", "matrix", false, "{\"board\": 1}"))).get("id").asText();
    }

    private List<Row> rows() {
        String n = "/api/assessments/" + northSelf;
        String p = "/api/assessments/" + northPeerByPeerOne;
        String self = Submissions.strong("north");
        String peer = Submissions.peer("south");
        return List.of(
                new Row("GET", "/health", null, 200, 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET", "/health/ready", null, 200, 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET", "/api/questionnaires", null, 200, 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET", "/api/questionnaires/demo", null, 200, 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET", "/api/openapi.json", null, 401, 401, 200, 200, 200, 200, 200, 200, 200),
                new Row("POST", "/api/evaluations", self, 401, 401, 200, 403, 403, 403, 200, 200, 200),
                new Row("POST", "/api/evaluations", peer, 401, 401, 403, 403, 200, 200, 200, 200, 200),
                new Row("POST", "/api/assessments", self, 401, 401, 201, 403, 403, 403, 403, 403, 201),
                new Row("POST", "/api/assessments", peer, 401, 401, 403, 403, 201, 201, 403, 403, 201),
                new Row("GET", "/api/assessments", null, 401, 401, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET", "/api/assessments?site=north", null, 401, 401, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET", n, null, 401, 401, 200, 404, 404, 404, 200, 200, 200),
                new Row("HEAD", n, null, 401, 401, 200, 404, 404, 404, 200, 200, 200),
                new Row("GET", p, null, 401, 401, 200, 404, 200, 404, 200, 200, 200),
                new Row("GET", n + "/report.pdf", null, 401, 401, 200, 404, 404, 404, 200, 200, 200),
                new Row("GET", n + "/results", null, 401, 401, 200, 404, 404, 404, 200, 200, 200),
                new Row("GET", n + "/results/0", null, 401, 401, 200, 404, 404, 404, 200, 200, 200),
                new Row("GET", n + "/results/compare", null,
                        401, 401, ALLOWED, 404, 404, 404, ALLOWED, ALLOWED, ALLOWED),
                new Row("POST", n + "/re-evaluate?ruleSetVersion=1.0.0", null,
                        401, 401, 403, 403, 403, 403, 403, 201, 201),
                new Row("DELETE", n, null, 401, 401, 403, 403, 403, 403, 403, 403, 405),
                new Row("GET", "/api/comparisons?questionnaire=demo", null, 401, 401, 200, 200, 403, 403, 200, 200, 200),
                new Row("GET", "/api/comparisons/report.pdf?questionnaire=demo", null,
                        401, 401, 200, 200, 403, 403, 200, 200, 200),
                new Row("GET", "/api/rulesets", null, 401, 401, 403, 403, 403, 403, 403, 200, 200),
                new Row("GET", "/api/rulesets/demo/1.0.0", null, 401, 401, 403, 403, 403, 403, 403, 200, 200),
                new Row("POST", "/api/rulesets/demo", "{\"version\": \"9.9.9\", \"files\": {}}",
                        401, 401, 403, 403, 403, 403, 403, ALLOWED, ALLOWED),
                new Row("GET", "/api/rulesets/demo/1.0.0/impact", null,
                        401, 401, 403, 403, 403, 403, 403, ALLOWED, ALLOWED),
                new Row("POST", "/api/rulesets/demo/1.0.0/publish", null,
                        401, 401, 403, 403, 403, 403, 403, ALLOWED, ALLOWED),
                new Row("POST", "/api/rulesets/demo/9.9.9/retire", null,
                        401, 401, 403, 403, 403, 403, 403, ALLOWED, ALLOWED),
                new Row("GET", "/api/audit", null, 401, 401, 403, 403, 403, 403, 403, 200, 200),
                new Row("GET", "/api/rounds", null, 401, 401, 200, 200, 403, 403, 200, 200, 200),
                new Row("POST", "/api/rounds", Rounds.roundBody("north", "m2", false, "{\"board\": 1}"),
                        401, 401, 201, 403, 403, 403, 201, 403, 201),
                new Row("GET", "/api/rounds/" + northRound, null, 401, 401, 200, 404, 403, 403, 200, 200, 200),
                new Row("GET", "/api/rounds/" + northRound + "/progress", null,
                        401, 401, 200, 404, 403, 403, 200, 200, 200),
                new Row("POST", "/api/rounds/" + northRound + "/reminders", null,
                        401, 401, 200, 404, 403, 403, 200, 403, 200),
                new Row("GET", "/api/respond/" + "n".repeat(43), null, 404, 404, 404, 404, 404, 404, 404, 404, 404),
                new Row("GET", "/api/no-rule-names-this", null, 401, 401, 403, 403, 403, 403, 403, 403, 404),
                new Row("GET", "/", null, 200, 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET", "/nowhere", null, 401, 401, 403, 403, 403, 403, 403, 403, 404),
                new Row("OPTIONS", "/api/assessments", null, 401, 401, 200, 200, 200, 200, 200, 200, 200));
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsTheStatusThePolicyGivesIt() {
        return rows().stream().flatMap(row -> {
            assertThat(row.statuses()).as("%s %s: one status per caller", row.method(), row.path())
                    .hasSize(CALLERS.size());
            return java.util.stream.IntStream.range(0, CALLERS.size()).mapToObj(c -> DynamicTest.dynamicTest(
                    row.method() + " " + row.path().replaceAll("[0-9a-f-]{36}", "{id}") + " as " + CALLERS.get(c),
                    () -> check(row, c)));
        });
    }

    private void check(Row row, int caller) {
        String token = TOKENS.get(caller).isEmpty() ? null : TOKENS.get(caller);
        HttpResponse<byte[]> response = api.call(token, row.method(), row.path(), row.body());
        int expected = row.statuses()[caller];
        if (expected == ALLOWED) {
            assertThat(response.statusCode()).as(text(response)).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(response.statusCode()).as(text(response)).isEqualTo(expected);
        }
        if (response.statusCode() == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v ->
                    assertThat(v).startsWith("Bearer realm=\"assessor\""));
        }
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        if ((response.statusCode() == 401 || response.statusCode() == 403) && !"HEAD".equals(row.method())) {
            assertThat(json(response).get("type").asText()).isEqualTo(response.statusCode() == 401
                    ? "urn:assessor:problem:unauthenticated" : "urn:assessor:problem:forbidden");
        }
        for (String t : TOKENS) {
            if (!t.isEmpty()) {
                assertThat(text(response)).as("no token is ever echoed").doesNotContain(t);
                assertThat(response.headers().map().toString()).doesNotContain(t);
            }
        }
    }

    private static String created(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(201);
        return json(response).get("id").asText();
    }
}
