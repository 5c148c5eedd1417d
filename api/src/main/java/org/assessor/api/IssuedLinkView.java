package org.assessor.api;

import org.assessor.round.IssuedLink;

/**
 * A link just made, shown this once: the invitation, the link and its token (the last path
 * segment, for {@code /api/respond/{token}}), the message for the invitee (to copy where no mail
 * is configured), and whether it was sent by mail.
 */
public record IssuedLinkView(InvitationView invitation, String link, String token, String message, boolean sent) {

    public static IssuedLinkView of(IssuedLink issued) {
        String link = issued.link();
        return new IssuedLinkView(InvitationView.of(issued.invitation()), link,
                link == null ? null : link.substring(link.lastIndexOf('/') + 1), issued.message(), issued.sent());
    }
}
