package org.assessor.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.text;

import java.net.http.HttpResponse;
import org.assessor.testing.ApiClient;
import org.assessor.testing.OwnServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Guessing links is slowed down on the real server (its own, as it locks out this test's
 * address): after {@value LinkAttempts#MAX_FAILURES} links that do not work, an address gets 429
 * with Retry-After, and no answer ever repeats the link tried.
 */
class LinkGuessingTest {
    @RegisterExtension
    static final OwnServer SERVER = new OwnServer();

    @Test
    void anAddressGuessingLinksIsRefusedAfterTwentyWrongOnes() {
        ApiClient api = SERVER.api();
        for (int i = 0; i < LinkAttempts.MAX_FAILURES; i++) {
            String guess = "guess" + String.format("%038d", i);
            HttpResponse<byte[]> wrong = api.get("/api/respond/" + guess);
            assertThat(wrong.statusCode()).isEqualTo(404);
            assertThat(text(wrong)).contains("no-such-link").doesNotContain(guess);
        }
        HttpResponse<byte[]> refused = api.get("/api/respond/" + "x".repeat(43));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(text(refused)).contains("too-many-link-attempts");
    }
}
