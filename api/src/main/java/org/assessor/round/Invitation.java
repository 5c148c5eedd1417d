package org.assessor.round;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * One link into a round: a personal one for one respondent (optionally named, with an e-mail
 * address), or an open one for a role group, from which each person who opens it gets a personal
 * link of their own, up to its cap.
 *
 * @param id         the invitation's id
 * @param roundId    its round
 * @param kind       personal or open
 * @param role       the role its respondent answers in
 * @param name       the invitee's name; null if not given (always null for open links)
 * @param email      the invitee's address; null if not given
 * @param cap        for an open link, how many personal links it may make; null otherwise
 * @param openedFrom for a personal link made from an open link, that link's id; else null
 * @param status     where the respondent is
 * @param createdAt  when it was made
 * @param updatedAt  when its status last changed
 */
public record Invitation(String id, String roundId, Kind kind, String role, String name, String email, Integer cap,
                         String openedFrom, Status status, Instant createdAt, Instant updatedAt) {

    /** A personal or an open link. */
    public enum Kind {
        PERSONAL("personal"), OPEN("open");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Kind of(String code) {
            return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst().orElseThrow();
        }
    }

    /** Where an invitation's respondent is. */
    public enum Status {
        /** Not opened yet. */
        INVITED("invited"),
        /** Answers saved, not submitted. */
        STARTED("started"),
        /** Submitted. */
        SUBMITTED("submitted"),
        /**
         * Submitted, then reopened by the lead: the respondent may change and submit again. In an
         * anonymous round the submitted answers stand until the respondent next saves.
         */
        REOPENED("reopened"),
        /** Revoked by the lead: the link no longer works. */
        REVOKED("revoked");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Status of(String code) {
            return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElseThrow();
        }

        /** True if the respondent has finished (and not been reopened). */
        public boolean finished() {
            return this == SUBMITTED;
        }
    }

    /** The invitee's name, if one was given. */
    public Optional<String> displayName() {
        return Optional.ofNullable(name);
    }

    /** This invitation with status {@code next} from {@code at}. */
    public Invitation with(Status next, Instant at) {
        return new Invitation(id, roundId, kind, role, name, email, cap, openedFrom, next, createdAt, at);
    }
}
