package org.assessor.app;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.assessor.round.Invitation;
import org.assessor.round.OutboxMessage;
import org.assessor.round.Round;

/**
 * The words of the messages respondents get: an invitation and a reminder, each with or without
 * its link (a reminder in an anonymous round to someone who has started cannot carry a new link
 * without losing their answers so far, so it asks them to use the one they have).
 */
final class RoundMessages {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private RoundMessages() {
    }

    static String subject(Round round, String kind) {
        return ("reminder".equals(kind) ? "Reminder: " : "") + "please answer the " + round.spec().questionnaireId()
                + " questionnaire for " + round.spec().siteName();
    }

    /** The message body, with {@code link} in it; {@code link} null for one asking to use the link they have. */
    static String body(Round round, Invitation invitation, String kind, String link) {
        StringBuilder text = new StringBuilder();
        text.append(invitation.name() == null ? "Hello," : "Dear " + invitation.name() + ",").append("\n\n");
        if ("reminder".equals(kind)) {
            text.append("This is a reminder: your answers to the ").append(round.spec().questionnaireId())
                    .append(" questionnaire are not yet submitted.\n\n");
        } else {
            text.append(round.spec().siteName()).append(" asks you to answer the ")
                    .append(round.spec().questionnaireId()).append(" questionnaire (").append(round.spec().cycle())
                    .append(") as ").append(invitation.role()).append(".\n\n");
        }
        if (round.spec().anonymous()) {
            text.append("Your answers are anonymous: they are never shown with your name.\n\n");
        }
        text.append(link == null ? "Please use the link in your first message to go on where you left off."
                : "Your personal link (do not pass it on):\n" + link).append("\n\n");
        text.append("You can save and come back later. Answers are taken until ")
                .append(DAY.format(round.spec().closesAt())).append(".\n");
        return text.toString();
    }

    /** {@code body} with its link replaced, as the outbox keeps it. */
    static String withoutLink(String body, String link) {
        return link == null ? body : body.replace(link, OutboxMessage.LINK_LEFT_OUT);
    }
}
