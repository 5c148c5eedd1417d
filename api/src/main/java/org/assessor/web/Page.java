package org.assessor.web;

import java.util.Optional;

/**
 * What every page's layout needs: the page title, the nonce its one inline script carries, the
 * CSRF token its forms carry, and who is signed in (if anyone).
 *
 * @param title  the page's title, without the service name
 * @param nonce  the Content-Security-Policy nonce of this response
 * @param csrf   the token every form on the page sends as {@code _csrf}
 * @param person who is signed in; empty for respondents and visitors
 * @param error  whether the page shows errors (its title then starts "Error: ")
 */
public record Page(String title, String nonce, String csrf, Optional<Accounts.SignedIn> person, boolean error) {

    /** The title as the browser shows it. */
    public String fullTitle() {
        return (error ? "Error: " : "") + title + " - Assessor";
    }

    /** This page with {@code title} (and errors shown or not). */
    public Page titled(String newTitle, boolean hasErrors) {
        return new Page(newTitle, nonce, csrf, person, hasErrors);
    }

    /** Seconds until the signed-in person's session ends without another request; 0 for visitors. */
    public long sessionSeconds() {
        return person.map(p -> Math.max(0, java.time.Duration.between(java.time.Instant.now(), p.expires()).toSeconds()))
                .orElse(0L);
    }

    /** Minutes a session lasts without a request, for the notice on signed-in pages; 0 for visitors. */
    public long sessionMinutes() {
        return (sessionSeconds() + 59) / 60;
    }

    /** The signed-in person's name, or empty. */
    public String personName() {
        return person.map(Accounts.SignedIn::name).orElse("");
    }
}
