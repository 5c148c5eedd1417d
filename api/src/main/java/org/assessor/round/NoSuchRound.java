package org.assessor.round;

import org.assessor.AssessorException;

/** No round has the id asked for, or the caller may not see it (the two look the same). */
public final class NoSuchRound extends AssessorException {
    private static final long serialVersionUID = 1L;

    public NoSuchRound(String id) {
        super("no round has id '" + (id.length() > 40 ? id.substring(0, 40) + "..." : id)
                + "' (or it is another site's); GET /api/rounds lists yours");
    }
}
