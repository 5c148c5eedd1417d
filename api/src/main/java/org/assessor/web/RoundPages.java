package org.assessor.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.assessor.access.Caller;
import org.assessor.access.Role;
import org.assessor.app.InvitationService;
import org.assessor.app.RoundService;
import org.assessor.round.IssuedLink;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.round.NoSuchRound;
import org.assessor.round.Round;
import org.assessor.round.RoundConflict;
import org.assessor.round.RoundInvalid;

/**
 * {@code /rounds}: a site lead's (or commissioner's) rounds in the browser: the list, opening a
 * round, a round's page (progress by role, who has not finished, what to do next), and closing
 * it. Invitations and reminders are {@link RoundInvitePages}'; results {@link ResultPages}'.
 */
@Path("/rounds")
@Produces(MediaType.TEXT_HTML)
public final class RoundPages {
    private final RoundService rounds;
    private final InvitationService invitations;
    private final QuestionnaireCatalog questionnaires;
    private final Pages pages;

    public RoundPages(RoundService rounds, InvitationService invitations, QuestionnaireCatalog questionnaires,
                      Pages pages) {
        this.rounds = rounds;
        this.invitations = invitations;
        this.questionnaires = questionnaires;
        this.pages = pages;
    }

    /** The signed-in person's caller, or a redirect to sign in. */
    static Caller caller(WebContext web) {
        return web.person().orElseThrow(SignInRequired::new).caller();
    }

    @GET
    public Response list(@Context ContainerRequestContext request) {
        WebContext web = WebContext.of(request);
        Caller caller = caller(web);
        List<RoundList.Row> rows = rounds.list(caller, null).stream().map(r -> RoundList.Row.of(r, rounds.status(r)))
                .toList();
        return pages.render(200, "rounds/list.jte", web.page("Your rounds"), new RoundList(rows,
                caller.role() != Role.AUDITOR && caller.role() != Role.PEER_REVIEWER));
    }

    @GET
    @Path("new")
    public Response form(@Context ContainerRequestContext request) {
        WebContext web = WebContext.of(request);
        Caller caller = caller(web);
        return pages.render(200, "rounds/new.jte", web.page("Open a round"),
                RoundForm.of(Map.of(), FormErrors.none(), choices(), caller.site()));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@Context ContainerRequestContext request, MultivaluedMap<String, String> form) {
        WebContext web = WebContext.of(request);
        Caller caller = caller(web);
        Map<String, String> values = RoundForm.values(form);
        String site = caller.site() != null ? caller.site() : values.get("site");
        try {
            Round round = rounds.create(caller, RoundForm.request(values, site));
            return Pages.seeOther("/rounds/" + round.id());
        } catch (RoundInvalid e) {
            return pages.render(200, "rounds/new.jte", web.page("Open a round").titled("Open a round", true),
                    RoundForm.of(values, FormErrors.of(e.errors(), RoundForm::fieldOf), choices(), caller.site()));
        }
    }

    @GET
    @Path("{id}")
    public Response round(@Context ContainerRequestContext request, @PathParam("id") String id) {
        WebContext web = WebContext.of(request);
        Caller caller = caller(web);
        try {
            Round round = rounds.get(caller, id);
            return pages.render(200, "rounds/round.jte", web.page("Round: " + round.spec().cycle()),
                    new RoundOverview(round, rounds.status(round).code(), rounds.progress(caller, id), null));
        } catch (NoSuchRound e) {
            return notFound(web, e);
        }
    }

    @GET
    @Path("{id}/close")
    public Response confirmClose(@Context ContainerRequestContext request, @PathParam("id") String id) {
        WebContext web = WebContext.of(request);
        Caller caller = caller(web);
        try {
            Round round = rounds.get(caller, id);
            return pages.render(200, "rounds/close.jte", web.page("Close the round"),
                    new RoundOverview(round, rounds.status(round).code(), rounds.progress(caller, id), null));
        } catch (NoSuchRound e) {
            return notFound(web, e);
        }
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@Context ContainerRequestContext request, @PathParam("id") String id) {
        WebContext web = WebContext.of(request);
        Caller caller = caller(web);
        try {
            return Pages.seeOther("/results/" + rounds.close(caller, id).assessment().id());
        } catch (NoSuchRound e) {
            return notFound(web, e);
        } catch (RoundConflict e) {
            Round round = rounds.get(caller, id);
            return pages.render(409, "rounds/round.jte", web.page("Round: " + round.spec().cycle()).titled(
                    "Round: " + round.spec().cycle(), true), new RoundOverview(round, rounds.status(round).code(),
                    rounds.progress(caller, id), e.getMessage()));
        }
    }

    @POST
    @Path("{id}/remind")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remind(@Context ContainerRequestContext request, @PathParam("id") String id) {
        WebContext web = WebContext.of(request);
        try {
            List<IssuedLink> reminded = invitations.remind(caller(web), id);
            return pages.render(200, "rounds/links.jte", web.page("Reminders"),
                    new LinksPage(id, "Reminders", reminded, invitations.sendsMail()));
        } catch (NoSuchRound e) {
            return notFound(web, e);
        } catch (RoundConflict e) {
            return pages.problem(409, web, "The round takes no more answers", e.getMessage());
        }
    }

    @GET
    @Path("{id}/rating")
    public Response provisional(@Context ContainerRequestContext request, @PathParam("id") String id) {
        WebContext web = WebContext.of(request);
        try {
            RoundService.Provisional p = rounds.provisional(caller(web), id);
            String heading = p.round().spec().siteName() + ", " + p.round().spec().cycle() + ": the rating so far";
            return pages.render(200, "results/result.jte", web.page("The rating so far"),
                    ResultPage.of(p.result(), heading, true, null));
        } catch (NoSuchRound e) {
            return notFound(web, e);
        } catch (RoundConflict e) {
            return pages.problem(409, web, "There is nothing to rate yet", e.getMessage());
        }
    }

    private List<RoundForm.Choice> choices() {
        return questionnaires.ids().stream().map(q -> new RoundForm.Choice(q, questionnaires.latest(q).title())).toList();
    }

    private Response notFound(WebContext web, RuntimeException e) {
        return pages.problem(404, web, "Page not found", e.getMessage());
    }
}
