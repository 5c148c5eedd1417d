package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.assessor.round.LinkAttempts;
import org.assessor.testing.OwnServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Guessing links through the pages is slowed as through the API: after too many links that do
 * not work, a page says to wait (429, {@code Retry-After}). On a server of its own, since the
 * count is per client address and every test comes from the loopback address.
 */
class RespondLinkAttemptsTest {
    @RegisterExtension
    static final OwnServer SERVER = new OwnServer();

    @Test
    void tooManyLinksThatDoNotWorkGetAPageSayingToWait() {
        RespondHttp browser = new RespondHttp(SERVER.api().base());
        for (int i = 0; i < LinkAttempts.MAX_FAILURES; i++) {
            assertThat(browser.get("/respond/" + guess(i) + "/tasks").statusCode()).isEqualTo(404);
        }
        String last = guess(99);
        HttpResponse<String> slowed = browser.get("/respond/" + last);

        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s))
                .isPositive());
        assertThat(slowed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(slowed.body()).contains("Too many links tried", "Wait 10 minutes, then try your link again.")
                .doesNotContain(last);
    }

    private static String guess(int n) {
        return String.format("%043d", n).replace('0', 'g');
    }
}
