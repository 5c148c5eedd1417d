package org.assessor.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /sign-in/oidc}: "Sign in with your organisation's account" ({@code serve --oidc-issuer}).
 * {@code GET /sign-in/oidc} sends the browser to the provider with a short-lived cookie
 * ({@value #COOKIE}, HttpOnly, SameSite=Lax so it comes back with the provider's redirect, only
 * for {@code /sign-in/oidc}) that binds the sign-in to this browser; {@code GET
 * /sign-in/oidc/callback} is where the provider sends it back. There the sign-in is checked
 * ({@link OidcSignIn}) and the LOCAL account whose username is the verified e-mail address is
 * signed in exactly as with a password ({@link Accounts#signInVerified}: a new session, a locked
 * account stays locked). Every failure is a page saying what to do, with no session started.
 */
@Path("/sign-in/oidc")
@Produces(MediaType.TEXT_HTML)
public final class OidcResource {
    /** The cookie that binds a sign-in under way to the browser that began it. */
    public static final String COOKIE = "assessor_oidc";
    private static final String COOKIE_PATH = "/sign-in/oidc";
    private static final Logger LOG = LoggerFactory.getLogger(OidcResource.class);

    private final OidcSignIn oidc;
    private final Accounts accounts;
    private final Pages pages;

    public OidcResource(OidcSignIn oidc, Accounts accounts, Pages pages) {
        this.oidc = oidc;
        this.accounts = accounts;
        this.pages = pages;
    }

    @GET
    public Response start(@Context ContainerRequestContext request) {
        WebContext web = WebContext.of(request);
        try {
            OidcSignIn.Start start = oidc.start();
            NewCookie flow = new NewCookie.Builder(COOKIE).value(start.cookie()).path(COOKIE_PATH)
                    .maxAge((int) OidcSignIn.FLOW_TIMEOUT.toSeconds()).httpOnly(true).secure(web.secure())
                    .sameSite(NewCookie.SameSite.LAX).build();
            return Response.status(Response.Status.FOUND).location(start.authorization()).cookie(flow)
                    .cacheControl(noStore()).build();
        } catch (OidcFailed e) {
            LOG.warn("single sign-on could not begin: {}", e.getMessage());
            return problem(web, e);
        } catch (RuntimeException e) {
            LOG.error("single sign-on could not begin", e);
            return problem(web, new OidcFailed(OidcFailed.Reason.UNAVAILABLE, e.toString(), e));
        }
    }

    @GET
    @Path("callback")
    public Response callback(@Context ContainerRequestContext request, @QueryParam("code") String code,
                             @QueryParam("state") String state, @QueryParam("error") String error,
                             @QueryParam("error_description") String errorDescription, @QueryParam("iss") String issuer) {
        WebContext web = WebContext.of(request);
        Cookie flow = request.getCookies().get(COOKIE);
        NewCookie gone = new NewCookie.Builder(COOKIE).value("").path(COOKIE_PATH).maxAge(0).httpOnly(true)
                .secure(web.secure()).sameSite(NewCookie.SameSite.LAX).build();
        OidcSignIn.Identity who;
        try {
            who = oidc.finish(flow == null ? null : flow.getValue(),
                    new OidcSignIn.Callback(code, state, error, errorDescription, issuer));
        } catch (OidcFailed e) {
            LOG.warn("single sign-on refused ({}): {}", e.reason(), e.getMessage());
            return withCookie(problem(web, e), gone);
        } catch (RuntimeException e) {
            LOG.error("single sign-on failed", e);
            return withCookie(problem(web, new OidcFailed(OidcFailed.Reason.UNAVAILABLE, e.toString(), e)), gone);
        }
        Optional<Accounts.SignInResult> result = accounts.signInVerified(who.email());
        if (result.isEmpty()) {
            LOG.warn("single sign-on: {} was vouched for by {} but has no Assessor account", who.email(), oidc.issuer());
            return withCookie(pages.render(403, "oidc/problem.jte", web.page("You do not have an Assessor account"),
                    new OidcProblem(List.of("Your organisation's account (" + who.email() + ") has no Assessor account;"
                            + " ask an administrator to add one.", "An administrator adds accounts with"
                            + " assessor users add, giving the same email address."), false)), gone);
        }
        if (!result.get().succeeded()) {
            LOG.warn("single sign-on: {} was vouched for by {} but the account is locked", who.email(), oidc.issuer());
            return withCookie(pages.render(403, "oidc/problem.jte", web.page("You cannot sign in now"),
                    new OidcProblem(List.of(result.get().refusal()), false)), gone);
        }
        LOG.info("single sign-on: {} signed in through {}", who.email(), oidc.issuer());
        return SignInResource.signedIn(request, accounts, web, result.get(), gone);
    }

    private Response problem(WebContext web, OidcFailed failure) {
        return switch (failure.reason()) {
            case STATE -> pages.render(400, "oidc/problem.jte", web.page("Sign-in failed"), new OidcProblem(List.of(
                    "Signing in with your organisation's account could not be finished, so you are not signed in.",
                    "This happens when it takes longer than " + OidcSignIn.FLOW_TIMEOUT.toMinutes() + " minutes,"
                            + " when it was started in another browser or tab, or when a sign-in link is used twice.",
                    "Try again."), true));
            case PROVIDER_ERROR -> pages.render(400, "oidc/problem.jte", web.page("Sign-in failed"), new OidcProblem(
                    List.of("Your organisation's sign-in service did not sign you in to Assessor (you may have"
                                    + " cancelled), so you are not signed in.",
                            "Try again. If it keeps happening, ask your administrator."), true));
            case TOKEN_REFUSED -> pages.render(400, "oidc/problem.jte", web.page("Sign-in failed"), new OidcProblem(
                    List.of("Assessor could not confirm who you are from your organisation's sign-in service's"
                                    + " answer, so you are not signed in.",
                            "Try again. If it keeps happening, tell your administrator."), true));
            case NO_EMAIL -> pages.render(403, "oidc/problem.jte", web.page("Sign-in failed"), new OidcProblem(
                    List.of("Your organisation's account did not give Assessor a verified email address, so Assessor"
                                    + " cannot tell which Assessor account is yours, and you are not signed in.",
                            "Ask your administrator, or sign in with your Assessor email address and password."),
                    false));
            case UNAVAILABLE -> pages.render(502, "oidc/problem.jte", web.page("Sign-in failed"), new OidcProblem(
                    List.of("Your organisation's sign-in service cannot be reached at the moment, so you are not"
                                    + " signed in.",
                            "Try again later, or sign in with your Assessor email address and password."), true));
        };
    }

    private static Response withCookie(Response response, NewCookie cookie) {
        return Response.fromResponse(response).cookie(cookie).build();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setNoCache(true);
        return cache;
    }
}
