package org.assessor.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.assessor.access.Caller;
import org.assessor.app.InvitationService;
import org.assessor.app.RoundService;
import org.assessor.assessment.FieldError;
import org.assessor.assessment.Roles;
import org.assessor.round.IssuedLink;
import org.assessor.round.NoSuchRound;
import org.assessor.round.Round;
import org.assessor.round.RoundConflict;
import org.assessor.round.RoundInvalid;

/**
 * {@code /rounds/{id}/invite}: inviting people. The links made are shown once, on the page the form's POST returns (not
 * a redirect: they are kept nowhere to show again), with each message to copy where no mail is sent.
 */
@Path("/rounds/{id}/invite")
@Produces(MediaType.TEXT_HTML)
public final class RoundInvitePages {
    private final RoundService rounds;
    private final InvitationService invitations;
    private final Pages pages;

    public RoundInvitePages(RoundService rounds, InvitationService invitations, Pages pages) {
        this.rounds = rounds;
        this.invitations = invitations;
        this.pages = pages;
    }

    @GET
    public Response form(@Context ContainerRequestContext request, @PathParam("id") String id) {
        WebContext web = WebContext.of(request);
        try {
            Round round = rounds.get(RoundPages.caller(web), id);
            return pages.render(200, "rounds/invite.jte", web.page("Invite people"),
                    new InviteForm(round.id(), "", "", "", round.spec().anonymous(), Roles.ALL, FormErrors.none()));
        } catch (NoSuchRound e) {
            return pages.problem(404, web, "Page not found", e.getMessage());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@Context ContainerRequestContext request, @PathParam("id") String id,
                           @FormParam("people") String people, @FormParam("open-role") String openRole,
                           @FormParam("open-cap") String openCap) {
        WebContext web = WebContext.of(request);
        Caller caller = RoundPages.caller(web);
        try {
            Round round = rounds.get(caller, id);
            try {
                List<IssuedLink> made = invitations.invite(caller, id, InviteForm.invitations(people, openRole, openCap));
                return pages.render(200, "rounds/links.jte", web.page("Links made"),
                        new LinksPage(round.id(), "Links made", made, invitations.sendsMail()));
            } catch (RoundInvalid e) {
                List<FieldError> errors = e.errors().stream().map(RoundInvitePages::numbered).toList();
                return pages.render(200, "rounds/invite.jte", web.page("Invite people").titled("Invite people", true),
                        new InviteForm(round.id(), people == null ? "" : people, openRole, openCap,
                                round.spec().anonymous(), Roles.ALL, FormErrors.of(errors, InviteForm::fieldOf)));
            }
        } catch (NoSuchRound e) {
            return pages.problem(404, web, "Page not found", e.getMessage());
        } catch (RoundConflict e) {
            return pages.problem(409, web, "The round takes no more invitations", e.getMessage());
        }
    }

    /** A service error about invitation N, said as "Person N+1: ...". */
    private static FieldError numbered(FieldError e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/invitations/(\\d+)/.*").matcher(e.pointer());
        return m.matches() ? new FieldError(e.pointer(), "person " + (Integer.parseInt(m.group(1)) + 1) + " in the"
                + " list: " + e.message()) : e;
    }
}
