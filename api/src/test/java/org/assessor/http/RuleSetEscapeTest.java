package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.assessor.RuleSetFiles;
import org.assessor.rules.sandbox.EscapeAttempt;
import org.assessor.testing.DemoDrafts;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.SecuredServer;
import org.assessor.testing.Tokens;
import org.assessor.testing.Uploads;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The escape corpus uploaded by an auditor to a real server: every attempt is refused with 422,
 * naming the file and line, its payload never runs (the marker file it would write does not
 * exist), and nothing changes: no version, no audit entry.
 */
@ExtendWith(SecuredServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleSetEscapeTest {
    private final SecuredApi api;

    @TempDir
    Path dir;

    RuleSetEscapeTest(SecuredApi api) {
        this.api = api;
    }

    static List<EscapeAttempt> attempts() {
        return EscapeAttempt.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    void isRefusedWith422AtItsLineAndChangesNothing(EscapeAttempt attempt) {
        Path marker = dir.resolve("marker");
        JsonNode versions = json(api.get(Tokens.AUDITOR, "/api/rulesets"));
        JsonNode audit = json(api.get(Tokens.AUDITOR, "/api/audit?limit=100"));
        RuleSetFiles files = DemoDrafts.copy("9.9.9").with("60-attempt.drl", attempt.aimedAt(marker));

        HttpResponse<byte[]> response = api.post(Tokens.AUDITOR, "/api/rulesets/demo", Uploads.of(files.source()));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("errors")).anySatisfy(error -> {
            assertThat(error.get("file").asText()).isEqualTo("60-attempt.drl");
            assertThat(error.get("line").asInt()).isEqualTo(attempt.line());
            assertThat(error.get("message").asText()).contains(attempt.message());
        });
        assertThat(marker).doesNotExist();
        assertThat(json(api.get(Tokens.AUDITOR, "/api/rulesets"))).isEqualTo(versions);
        assertThat(json(api.get(Tokens.AUDITOR, "/api/audit?limit=100"))).isEqualTo(audit);
    }
}
