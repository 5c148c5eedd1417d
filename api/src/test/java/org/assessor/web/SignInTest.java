package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.util.Map;
import org.assessor.testing.WebClient;
import org.assessor.testing.WebSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Signing in to the web pages as a person notices it, over plain HTTP through the real server:
 * the right password gets a new session, a wrong one a message that does not say which was wrong,
 * five wrong ones lock the account, a planted session cookie is never adopted, signing out ends
 * the session, and a form without its CSRF token changes nothing.
 */
class SignInTest {
    @RegisterExtension
    static final WebSite SITE = new WebSite();

    private static String cookie(WebClient web, String name) {
        return web.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    @Test
    void theRightPasswordOpensYourRoundsAndAWrongOneSaysOnlyThatSomethingIsWrong() {
        WebClient web = SITE.client();
        HttpResponse<String> wrong = web.signIn(WebSite.NORTH_LEAD, "not the password");
        assertThat(wrong.body()).contains("<title>Error: Sign in - Assessor</title>")
                .contains("Enter a correct email address and password");
        HttpResponse<String> unknown = web.signIn("nobody@north.example", "not the password");
        assertThat(unknown.body()).contains("Enter a correct email address and password");

        HttpResponse<String> signedIn = web.signIn(WebSite.NORTH_LEAD, WebSite.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/rounds");
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).startsWith(WebFilter.SESSION + "=").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(web.get("/rounds").body()).contains("Nora North").contains("<h1>Your rounds</h1>");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        WebClient web = SITE.client();
        for (int i = 0; i < 5; i++) {
            web.signIn(WebSite.SOUTH_LEAD, "guess " + i);
        }
        HttpResponse<String> locked = web.signIn(WebSite.SOUTH_LEAD, WebSite.PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(200);
        assertThat(locked.body()).contains("This account is locked after 5 failed sign-ins");
        assertThat(cookie(web, WebFilter.SESSION)).isNull();
    }

    @Test
    void aSessionCookiePlantedBeforeSignInIsNeverAdoptedAndSigningOutEndsTheSession() {
        WebClient web = SITE.client();
        HttpCookie planted = new HttpCookie(WebFilter.SESSION, "planted0planted0planted0planted0planted0pla");
        planted.setPath("/");
        web.cookies().getCookieStore().add(SITE.uri(), planted);
        HttpResponse<String> signedIn = web.signIn(WebSite.NORTH_LEAD, WebSite.PASSWORD);
        String session = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(WebFilter.SESSION + "=")).findFirst().orElseThrow()
                .replaceAll("^" + WebFilter.SESSION + "=([^;]*).*", "$1");
        assertThat(session).isNotEqualTo(planted.getValue()).hasSize(43);

        WebClient attacker = SITE.client();
        HttpCookie stolenBefore = new HttpCookie(WebFilter.SESSION, planted.getValue());
        stolenBefore.setPath("/");
        attacker.cookies().getCookieStore().add(SITE.uri(), stolenBefore);
        assertThat(attacker.get("/rounds").statusCode()).as("the planted value signs nobody in").isEqualTo(303);

        web.get("/rounds");
        assertThat(web.post("/sign-out", Map.of()).statusCode()).isEqualTo(303);
        WebClient replay = SITE.client();
        HttpCookie old = new HttpCookie(WebFilter.SESSION, session);
        old.setPath("/");
        replay.cookies().getCookieStore().add(SITE.uri(), old);
        HttpResponse<String> afterSignOut = replay.get("/rounds");
        assertThat(afterSignOut.statusCode()).isEqualTo(303);
        assertThat(afterSignOut.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
    }

    @Test
    void aFormWithoutItsTokenOrWithAnotherSessionsTokenChangesNothing() {
        WebClient web = SITE.client();
        web.signIn(WebSite.NORTH_LEAD, WebSite.PASSWORD);
        Map<String, String> round = Map.of("questionnaire", "demo", "cycle", "csrf-test", "closes-day", "1",
                "closes-month", "1", "closes-year", "2099", "expected-board", "1");
        HttpResponse<String> noToken = web.postRaw("/rounds/new", round);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("nothing was changed");
        java.util.Map<String, String> forged = new java.util.HashMap<>(round);
        forged.put("_csrf", "x".repeat(43));
        assertThat(web.postRaw("/rounds/new", forged).statusCode()).isEqualTo(403);
        assertThat(web.get("/rounds").body()).doesNotContain("csrf-test");
        assertThat(web.post("/rounds/new", round).statusCode()).isEqualTo(303);
        assertThat(web.get("/rounds").body()).contains("csrf-test");
    }

    @Test
    void everyPageHasAStrictContentSecurityPolicyAndSendsNoReferrer() {
        HttpResponse<String> page = SITE.client().get("/");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self' 'nonce-").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                .contains("frame-ancestors 'none'");
        String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(page.body()).contains("<script nonce=\"" + nonce + "\">");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(SITE.client().get("/").headers().firstValue("Content-Security-Policy").orElseThrow())
                .as("a new nonce each time").isNotEqualTo(csp);
    }
}
