package org.assessor.round;

import org.assessor.AssessorException;

/**
 * A respondent's link that does not work: unknown, mistyped, replaced by a newer one, or revoked.
 * The message never repeats the link.
 */
public final class NoSuchLink extends AssessorException {
    private static final long serialVersionUID = 1L;

    public NoSuchLink(String why) {
        super(why);
    }

    /** The link is not one Assessor made, or has been replaced by a newer one. */
    public static NoSuchLink unknown() {
        return new NoSuchLink("this link does not work: it may be mistyped, or replaced by a newer one sent later;"
                + " ask the round's lead for a new link");
    }

    /** The round's lead has revoked the link. */
    public static NoSuchLink revoked() {
        return new NoSuchLink("this link has been withdrawn by the round's lead; ask them for a new one if you"
                + " should still answer");
    }
}
