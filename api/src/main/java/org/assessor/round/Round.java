package org.assessor.round;

import java.time.Instant;

/**
 * A collection round: its spec, who made it and when, and, once closed, the assessment it was
 * consolidated into.
 *
 * @param id           the round's id (an assessment-style UUID)
 * @param spec         what it collects
 * @param createdBy    the caller who made it
 * @param createdAt    when
 * @param closedAt     when it was closed; null while not closed
 * @param closedBy     who closed it; null while not closed
 * @param assessmentId the stored assessment it was closed into; null while not closed
 */
public record Round(String id, RoundSpec spec, String createdBy, Instant createdAt, Instant closedAt,
                    String closedBy, String assessmentId) {

    /** Where a round stands at {@code now}. */
    public enum Status {
        /** Made, not yet taking answers. */
        SCHEDULED("scheduled"),
        /** Taking answers. */
        OPEN("open"),
        /** Past its closing date, no longer taking answers, waiting for its lead to close it. */
        ENDED("ended"),
        /** Closed into an assessment. */
        CLOSED("closed");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        /** The form used in the API, e.g. {@code open}. */
        public String code() {
            return code;
        }
    }

    /** Where this round stands at {@code now}. */
    public Status status(Instant now) {
        if (closedAt != null) {
            return Status.CLOSED;
        }
        if (now.isBefore(spec.opensAt())) {
            return Status.SCHEDULED;
        }
        return now.isBefore(spec.closesAt()) ? Status.OPEN : Status.ENDED;
    }
}
