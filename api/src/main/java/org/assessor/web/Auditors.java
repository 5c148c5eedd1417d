package org.assessor.web;

import jakarta.ws.rs.WebApplicationException;
import org.assessor.access.Caller;
import org.assessor.access.Role;

/**
 * Who may use the rule-set and audit pages: signed-in auditors and admins. Anyone else signed in
 * gets a 403 page; someone not signed in is sent to sign in.
 */
final class Auditors {
    private Auditors() {
    }

    /**
     * The signed-in auditor's or admin's caller.
     *
     * @throws SignInRequired          if nobody is signed in
     * @throws WebApplicationException with a 403 page for any other role
     */
    static Caller caller(WebContext web, Pages pages) {
        Caller caller = RoundPages.caller(web);
        if (caller.role() != Role.AUDITOR && caller.role() != Role.ADMIN) {
            throw new WebApplicationException(pages.problem(403, web, "You cannot see this page",
                    "Only auditors and administrators can see rule sets and the audit log."));
        }
        return caller;
    }
}
