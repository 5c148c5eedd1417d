package org.assessor.round;

/**
 * A request for links: a personal one (role, and optionally a name and e-mail address), or an
 * open one for a role group ({@code cap} personal links at most; null for personal links).
 */
public record NewInvitation(String role, String name, String email, Integer cap) {

    /** True for an open link. */
    public boolean open() {
        return cap != null;
    }
}
