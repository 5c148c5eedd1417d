package org.assessor.http;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.assessor.app.Caller;

/**
 * Who made a request, for the audit log: the name of the request's authenticated principal,
 * once a request filter sets one (access control), and {@link Caller#LOCAL} until then. The one
 * place the HTTP layer decides the caller.
 */
final class Callers {
    private Callers() {
    }

    static Caller of(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        return principal == null || principal.getName() == null || principal.getName().isBlank() ? Caller.LOCAL
                : new Caller(principal.getName());
    }
}
