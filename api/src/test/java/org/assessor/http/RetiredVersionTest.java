package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;
import static org.assessor.testing.ApiClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.assessor.testing.DemoDrafts;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.OwnServer;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.Submissions;
import org.assessor.testing.Tokens;
import org.assessor.testing.Uploads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Retired means retired: once 1.1.0 is published and 1.0.0 retired, a submission naming 1.0.0 is
 * refused with 422 at {@code /ruleSetVersion} for sites and peer reviewers (stored or only
 * tried) and for commissioners trying one, and nothing is stored; auditors and admins, who may
 * re-evaluate, may still name it. Naming the active version is fine for everyone. A server of
 * its own with access control on, as publishing changes what every caller sees.
 */
class RetiredVersionTest {
    @RegisterExtension
    static final OwnServer SERVER = new OwnServer(data -> FixtureServer.config(data).withTokens(Tokens.write(data)));

    private final SecuredApi api = new SecuredApi(SERVER.api());

    @BeforeAll
    static void publishANewVersionSoThatTheBundledOneIsRetired() {
        SecuredApi auditor = new SecuredApi(SERVER.api());
        HttpResponse<byte[]> uploaded = auditor.post(Tokens.AUDITOR, "/api/rulesets/demo",
                Uploads.of(DemoDrafts.metFromHalf("1.1.0").source()));
        assertThat(uploaded.statusCode()).as(text(uploaded)).isEqualTo(201);
        HttpResponse<byte[]> published = auditor.post(Tokens.AUDITOR, "/api/rulesets/demo/1.1.0/publish", "");
        assertThat(published.statusCode()).as(text(published)).isEqualTo(200);
    }

    private static String naming(String version, String submission) {
        return "{\"ruleSetVersion\": \"" + version + "\"," + submission.strip().substring(1);
    }

    private int stored(String token) {
        return json(api.get(token, "/api/assessments?limit=100")).get("items").size();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/assessments", "/api/evaluations"})
    void aSiteNamingARetiredVersionGets422SayingWhichIsActiveAndNothingIsStored(String path) {
        int before = stored(Tokens.NORTH);

        HttpResponse<byte[]> response = api.post(Tokens.NORTH, path, naming("1.0.0", Submissions.strong("north")));

        assertThat(response.statusCode()).as(text(response)).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("type").asText()).isEqualTo("urn:assessor:problem:submission-invalid");
        assertThat(problem.at("/errors/0/pointer").asText()).isEqualTo("/ruleSetVersion");
        assertThat(problem.at("/errors/0/message").asText())
                .contains("rule-set version 1.0.0 of questionnaire demo is retired", "the active version is 1.1.0");
        assertThat(stored(Tokens.NORTH)).isEqualTo(before);
    }

    @Test
    void peerReviewersAndCommissionersMayNotNameARetiredVersionEither() {
        assertThat(api.post(Tokens.PEER_1, "/api/assessments", naming("1.0.0", Submissions.peer("south")))
                .statusCode()).isEqualTo(422);
        assertThat(api.post(Tokens.COMMISSIONER, "/api/evaluations", naming("1.0.0", Submissions.strong("south")))
                .statusCode()).isEqualTo(422);
    }

    @Test
    void auditorsAndAdminsMayStillNameARetiredVersion() {
        HttpResponse<byte[]> tried = api.post(Tokens.AUDITOR, "/api/evaluations",
                naming("1.0.0", Submissions.strong("north")));
        assertThat(tried.statusCode()).as(text(tried)).isEqualTo(200);
        assertThat(json(tried).at("/ruleSet/version").asText()).isEqualTo("1.0.0");
        HttpResponse<byte[]> stored = api.post(Tokens.ADMIN, "/api/assessments",
                naming("1.0.0", Submissions.strong("north")));
        assertThat(stored.statusCode()).as(text(stored)).isEqualTo(201);
        assertThat(json(stored).at("/ruleSet/version").asText()).isEqualTo("1.0.0");
    }

    @Test
    void everyoneMayNameTheActiveVersionOrNone() {
        HttpResponse<byte[]> named = api.post(Tokens.NORTH, "/api/assessments",
                naming("1.1.0", Submissions.strong("north")));
        assertThat(named.statusCode()).as(text(named)).isEqualTo(201);
        assertThat(json(named).at("/ruleSet/version").asText()).isEqualTo("1.1.0");
        HttpResponse<byte[]> unnamed = api.post(Tokens.NORTH, "/api/assessments", Submissions.strong("north"));
        assertThat(json(unnamed).at("/ruleSet/version").asText()).isEqualTo("1.1.0");
    }

    @Test
    void aVersionThatDoesNotExistIsStillReportedAsUnknown() {
        HttpResponse<byte[]> response = api.post(Tokens.NORTH, "/api/assessments",
                naming("7.7.7", Submissions.strong("north")));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).at("/errors/0/message").asText()).contains("has no rule-set version '7.7.7'");
    }
}
