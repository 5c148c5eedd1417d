package org.assessor.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** {@code POST /sign-out}: ends the session (in storage, so the old cookie is worth nothing) and clears the cookie. */
@Path("/sign-out")
public final class SignOutResource {
    private final Accounts accounts;

    public SignOutResource(Accounts accounts) {
        this.accounts = accounts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@Context ContainerRequestContext request) {
        Cookie session = request.getCookies().get(WebFilter.SESSION);
        accounts.signOut(session == null ? null : session.getValue());
        NewCookie gone = new NewCookie.Builder(WebFilter.SESSION).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(java.net.URI.create("/sign-in")).cookie(gone).build();
    }
}
