package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.assessor.testing.ApiClient;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.SecuredServer;
import org.assessor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The streamed form of an impact analysis (Accept: application/x-ndjson) is behind the same access
 * policy as its JSON form: auditors and admins only, refused as problem+json before anything is
 * streamed, whatever the client asked to accept.
 */
@ExtendWith(SecuredServer.class)
class ImpactStreamAccessTest {
    private static final String IMPACT = "/api/rulesets/demo/1.0.0/impact";

    private final SecuredApi api;

    ImpactStreamAccessTest(SecuredApi api) {
        this.api = api;
    }

    private HttpResponse<byte[]> streamed(String token) {
        var request = api.client().request(IMPACT).header("Accept", "application/x-ndjson").GET();
        return api.client().send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }

    @Test
    void onlyAuditorsAndAdminsGetTheStream() {
        for (String token : new String[] {Tokens.NORTH, Tokens.PEER_1, Tokens.COMMISSIONER}) {
            HttpResponse<byte[]> refused = streamed(token);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(ApiClient.json(refused).get("type").asText()).isEqualTo("urn:assessor:problem:forbidden");
        }
        HttpResponse<byte[]> anonymous = streamed(null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        for (String token : new String[] {Tokens.AUDITOR, Tokens.ADMIN}) {
            HttpResponse<byte[]> allowed = streamed(token);
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(allowed.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
            String[] lines = ApiClient.text(allowed).split("\n");
            assertThat(lines[lines.length - 1]).startsWith("{\"impact\":{");
        }
    }
}
