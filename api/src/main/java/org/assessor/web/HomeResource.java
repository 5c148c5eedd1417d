package org.assessor.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /}: the start page; signed-in people go on to their rounds. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class HomeResource {
    private final Pages pages;

    public HomeResource(Pages pages) {
        this.pages = pages;
    }

    @GET
    public Response home(@Context ContainerRequestContext request) {
        WebContext web = WebContext.of(request);
        if (web.person().isPresent()) {
            return Pages.seeOther(Pages.startOf(web.person().get()));
        }
        return pages.render(200, "home.jte", web.page("Standards self-assessment"), null);
    }
}
