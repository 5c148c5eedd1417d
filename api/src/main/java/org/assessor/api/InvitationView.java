package org.assessor.api;

import java.time.Instant;
import org.assessor.round.Invitation;

/** The JSON of one invitation: never its link, which is shown only when made ({@link IssuedLinkView}). */
public record InvitationView(String id, String kind, String role, String name, String email, Integer cap,
                             String openedFrom, String status, Instant createdAt, Instant updatedAt) {

    public static InvitationView of(Invitation i) {
        return new InvitationView(i.id(), i.kind().code(), i.role(), i.name(), i.email(), i.cap(), i.openedFrom(),
                i.status().code(), i.createdAt(), i.updatedAt());
    }
}
