package org.assessor.round;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Slows down guessing of respondents' links: a client (an address) that has presented
 * {@value #MAX_FAILURES} links that do not work in the last {@link #WINDOW} is refused further
 * tries, even of links that work, until the oldest of them is out of the window: refusing before
 * looking a link up is what makes guessing slow. Links that work are never counted, so only an
 * address that has presented many wrong links is held up. Thread-safe; memory is bounded (the
 * record is cleared if more than 100,000 addresses fail within one window).
 */
public final class LinkAttempts {
    /** Failures allowed per client per window. */
    public static final int MAX_FAILURES = 20;
    /** The window failures are counted in. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public LinkAttempts(Clock clock) {
        this.clock = clock;
    }

    /**
     * Refuses {@code client} if it has failed too often lately.
     *
     * @throws TooManyLinkAttempts with when it may try again
     */
    public synchronized void check(String client) {
        Deque<Instant> recent = recent(client);
        if (recent != null && recent.size() >= MAX_FAILURES) {
            long wait = Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW)).toSeconds() + 1;
            throw new TooManyLinkAttempts(Math.max(1, wait));
        }
    }

    /** Counts one link from {@code client} that did not work. */
    public synchronized void failed(String client) {
        if (failures.size() > 100_000) {
            failures.clear();
        }
        failures.computeIfAbsent(client, c -> new ArrayDeque<>()).addLast(clock.instant());
    }

    private Deque<Instant> recent(String client) {
        Deque<Instant> recent = failures.get(client);
        if (recent == null) {
            return null;
        }
        Instant since = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
            recent.removeFirst();
        }
        if (recent.isEmpty()) {
            failures.remove(client);
            return null;
        }
        return recent;
    }
}
