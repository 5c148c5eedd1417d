package org.assessor.round;

import java.util.List;

/**
 * How far a round has come: per role, how many were expected, invited, have started and have
 * submitted; each open link with how much of its cap is used; and the invitations not finished
 * (names only, never answers).
 */
public record Progress(Round round, List<RoleProgress> roles, List<OpenLinkUse> openLinks,
                       List<Invitation> notFinished) {

    /** One role's counts. */
    public record RoleProgress(String role, int expected, int invited, int started, int submitted) {
    }

    /** One open link's use. */
    public record OpenLinkUse(Invitation link, int opened) {
    }
}
