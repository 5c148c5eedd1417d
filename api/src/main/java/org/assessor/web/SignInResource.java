package org.assessor.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * {@code /sign-in}: local accounts ({@link SignOutResource} signs out). A successful sign-in starts a new
 * session (a new cookie value, so a session id planted before sign-in is worth nothing) and
 * goes to the person's start page; a failed one says only that the address or password is wrong.
 */
@Path("/sign-in")
@Produces(MediaType.TEXT_HTML)
public final class SignInResource {
    private final Accounts accounts;
    private final Pages pages;
    private final boolean organisationSignIn;

    public SignInResource(Accounts accounts, Pages pages) {
        this(accounts, pages, false);
    }

    /** With {@code organisationSignIn}, the page also offers signing in with the organisation's account ({@link OidcResource}). */
    public SignInResource(Accounts accounts, Pages pages, boolean organisationSignIn) {
        this.accounts = accounts;
        this.pages = pages;
        this.organisationSignIn = organisationSignIn;
    }

    @GET
    public Response form(@Context ContainerRequestContext request, @QueryParam("ended") String ended) {
        WebContext web = WebContext.of(request);
        return pages.render(200, "sign-in.jte", web.page("Sign in"), new SignInForm("", null,
                ended == null ? null : "Sign in to go on. For your security, you are signed out after "
                        + accounts.timeout().toMinutes() + " minutes without using Assessor.", organisationSignIn));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@Context ContainerRequestContext request, @FormParam("username") String username,
                           @FormParam("password") String password) {
        WebContext web = WebContext.of(request);
        Accounts.SignInResult result = accounts.signIn(username, password == null ? new char[0]
                : password.toCharArray());
        if (!result.succeeded()) {
            return pages.render(200, "sign-in.jte", web.page("Sign in").titled("Sign in", true),
                    new SignInForm(username == null ? "" : username, result.refusal(), null,
                            organisationSignIn));
        }
        return signedIn(request, accounts, web, result);
    }

    /**
     * The answer to a sign-in that succeeded (with a password, or through the organisation's
     * provider): the session the browser had, if any, ended; the new session's cookie; on to the
     * person's start page; and {@code cookies}.
     */
    static Response signedIn(ContainerRequestContext request, Accounts accounts, WebContext web,
                             Accounts.SignInResult result, NewCookie... cookies) {
        Cookie old = request.getCookies().get(WebFilter.SESSION);
        if (old != null) {
            accounts.signOut(old.getValue());
        }
        NewCookie session = new NewCookie.Builder(WebFilter.SESSION).value(result.cookie()).path("/").httpOnly(true)
                .secure(web.secure()).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(java.net.URI.create(Pages.startOf(result.person()))).cookie(session).cookie(cookies)
                .build();
    }
}
