package org.assessor.round;

import org.assessor.AssessorException;

/** The round has no invitation with the id asked for. */
public final class NoSuchInvitation extends AssessorException {
    private static final long serialVersionUID = 1L;

    public NoSuchInvitation(String roundId, String id) {
        super("round " + roundId + " has no invitation '" + (id.length() > 40 ? id.substring(0, 40) + "..." : id)
                + "'; GET /api/rounds/" + roundId + "/progress lists them");
    }
}
