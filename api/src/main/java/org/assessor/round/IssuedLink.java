package org.assessor.round;

/**
 * A link just made or renewed, shown this once: its invitation, the link itself, and the message
 * text (for copying where no mail is configured, or as sent).
 *
 * @param invitation the invitation
 * @param link       the link, with its secret
 * @param message    the message for the invitee, with the link; null if none was written
 * @param sent       whether the message was sent by mail
 */
public record IssuedLink(Invitation invitation, String link, String message, boolean sent) {
}
