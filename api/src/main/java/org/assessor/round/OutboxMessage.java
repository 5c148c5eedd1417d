package org.assessor.round;

import java.time.Instant;

/**
 * A message to a respondent, as the outbox keeps it: with the link left out of the body.
 *
 * @param id           the message's id
 * @param roundId      its round
 * @param invitationId the invitation it was for
 * @param kind         {@code invitation} or {@code reminder}
 * @param recipient    the address it is for
 * @param subject      its subject
 * @param body         its text, with the link replaced by {@link #LINK_LEFT_OUT}
 * @param createdAt    when it was written
 * @param sentAt       when it was sent by mail; null if not (yet) sent
 * @param failure      why sending failed; null if it did not
 */
public record OutboxMessage(String id, String roundId, String invitationId, String kind, String recipient,
                            String subject, String body, Instant createdAt, Instant sentAt, String failure) {
    /** What stands for the link in a stored body. */
    public static final String LINK_LEFT_OUT = "[link left out: links are shown once and not kept]";
}
