package org.assessor.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/**
 * One web request as the pages see it: its CSP nonce, the CSRF token its forms carry, who is
 * signed in, and whether it is served over HTTPS (directly or behind a proxy that says so). Made
 * by {@link WebFilter} for every page request.
 */
public record WebContext(String nonce, String csrf, boolean newCsrfCookie, Optional<Accounts.SignedIn> person,
                         boolean secure) {
    static final String PROPERTY = WebContext.class.getName();

    /** The context {@link WebFilter} made for {@code request}. */
    public static WebContext of(ContainerRequestContext request) {
        return (WebContext) request.getProperty(PROPERTY);
    }

    /** A page titled {@code title} for this request. */
    public Page page(String title) {
        return new Page(title, nonce, csrf, person, false);
    }
}
