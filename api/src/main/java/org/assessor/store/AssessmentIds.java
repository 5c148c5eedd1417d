package org.assessor.store;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Makes assessment ids: version 7 UUIDs (RFC 9562) in their 36-character lowercase text form.
 *
 * <ul>
 *   <li>Sortable by creation: the first 48 bits are the Unix time in milliseconds and the next
 *       12 a counter within the millisecond, so within one process every id sorts after the
 *       ids made before it, as text and as bytes.</li>
 *   <li>Unguessable: the last 62 bits come from {@link SecureRandom}, so knowing one id tells
 *       nothing about another, and ids do not reveal whether others exist.</li>
 *   <li>URL-safe: hex digits and hyphens only.</li>
 * </ul>
 * Thread-safe.
 */
public final class AssessmentIds {
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final int COUNTER_BITS = 12;
    private static final long MAX_COUNTER = (1L << COUNTER_BITS) - 1;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private long counter;

    public AssessmentIds(Clock clock) {
        this.clock = clock;
    }

    /** True if {@code text} has the form of an assessment id. */
    public static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    /** The creation time encoded in {@code id}, to the millisecond; the id must be well formed. */
    public static Instant timeOf(String id) {
        return Instant.ofEpochMilli(UUID.fromString(id).getMostSignificantBits() >>> 16);
    }

    /** A new id, sorting after every id this generator made before. */
    public String next() {
        long millis;
        long sequence;
        synchronized (this) {
            millis = Math.max(clock.millis(), lastMillis);
            if (millis == lastMillis) {
                counter++;
                if (counter > MAX_COUNTER) {
                    millis++;
                    counter = 0;
                }
            } else {
                counter = 0;
            }
            lastMillis = millis;
            sequence = counter;
        }
        long high = (millis << 16) | (0x7L << 12) | sequence;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
