package org.assessor.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LinkAttemptsTest {
    /** A clock the test moves. */
    private static final class Moving extends Clock {
        private Instant now = Instant.parse("2026-12-03T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void anAddressThatPresentsTooManyWrongLinksWaitsUntilTheOldestIsOutOfTheWindow() {
        Moving clock = new Moving();
        LinkAttempts attempts = new LinkAttempts(clock);
        for (int i = 0; i < LinkAttempts.MAX_FAILURES; i++) {
            attempts.check("10.0.0.1");
            attempts.failed("10.0.0.1");
            clock.now = clock.now.plusSeconds(1);
        }
        assertThatThrownBy(() -> attempts.check("10.0.0.1")).isInstanceOfSatisfying(TooManyLinkAttempts.class,
                e -> assertThat(e.retryAfterSeconds()).isBetween(1L, LinkAttempts.WINDOW.toSeconds()));
        attempts.check("10.0.0.2");

        clock.now = clock.now.plus(LinkAttempts.WINDOW).minus(Duration.ofSeconds(LinkAttempts.MAX_FAILURES - 1));
        attempts.check("10.0.0.1");
    }

    @Test
    void aLinkTokenHas256RandomBitsAndTwoIndependentHashesAndHidesItself() {
        LinkToken token = LinkToken.random();
        assertThat(token.secret()).matches("[A-Za-z0-9_-]{43}");
        assertThat(LinkToken.random().secret()).isNotEqualTo(token.secret());
        assertThat(token.invitationHash()).hasSize(64).isNotEqualTo(token.responseKey());
        assertThat(LinkToken.parse(token.secret()).invitationHash()).isEqualTo(token.invitationHash());
        assertThat(LinkToken.parse("short")).isNull();
        assertThat(token.toString()).doesNotContain(token.secret());
    }
}
