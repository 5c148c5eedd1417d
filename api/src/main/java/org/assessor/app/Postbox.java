package org.assessor.app;

import java.time.Clock;
import java.util.Optional;
import org.assessor.mail.MailFailed;
import org.assessor.mail.MailMessage;
import org.assessor.mail.Mailer;
import org.assessor.round.Invitation;
import org.assessor.round.OutboxMessage;
import org.assessor.round.Round;
import org.assessor.store.AssessmentIds;
import org.assessor.store.JdbcOutbox;

/**
 * Delivers messages to respondents: sends each by mail when a {@link Mailer} is configured, and
 * keeps every one in the outbox with its link left out, marked sent or with why sending failed.
 * Without mail, messages are only kept (and returned once, with their links, for the lead to copy).
 * Thread-safe.
 */
public final class Postbox {
    private final Optional<Mailer> mailer;
    private final JdbcOutbox outbox;
    private final AssessmentIds ids;
    private final Clock clock;

    public Postbox(Optional<Mailer> mailer, JdbcOutbox outbox, AssessmentIds ids, Clock clock) {
        this.mailer = mailer;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    /** True if messages are sent by mail. */
    boolean sends() {
        return mailer.isPresent();
    }

    /**
     * Writes the {@code kind} message ({@code invitation} or {@code reminder}) for {@code invitation},
     * sends it if mail is configured and the invitee has an address, and keeps it without its link.
     *
     * @param link the link to put in it; null for a reminder that asks to use the link they have
     * @return the message text with its link, and whether it was sent
     */
    Delivery deliver(Round round, Invitation invitation, String kind, String link) {
        String subject = RoundMessages.subject(round, kind);
        String body = RoundMessages.body(round, invitation, kind, link);
        if (invitation.email() == null) {
            return new Delivery(body, false);
        }
        String failure = null;
        boolean sent = false;
        if (mailer.isPresent()) {
            try {
                mailer.get().send(new MailMessage(invitation.email(), invitation.name(), subject, body));
                sent = true;
            } catch (MailFailed e) {
                failure = e.getMessage();
            }
        }
        outbox.add(new OutboxMessage(ids.next(), round.id(), invitation.id(), kind, invitation.email(), subject,
                RoundMessages.withoutLink(body, link), clock.instant(), sent ? clock.instant() : null, failure));
        return new Delivery(body, sent);
    }

    /** A message as written, with its link, and whether it went by mail. */
    record Delivery(String text, boolean sent) {
    }
}
