package org.assessor.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.assessor.access.Caller;
import org.assessor.api.ApiJson;
import org.assessor.api.ClosedRoundView;
import org.assessor.api.InvitationView;
import org.assessor.api.IssuedLinkView;
import org.assessor.api.IssuedLinksView;
import org.assessor.api.OutboxView;
import org.assessor.api.ProblemView;
import org.assessor.api.ProgressView;
import org.assessor.api.ProvisionalView;
import org.assessor.api.ResultView;
import org.assessor.api.RoundListView;
import org.assessor.api.RoundRequests;
import org.assessor.api.RoundView;
import org.assessor.app.InvitationService;
import org.assessor.app.RoundService;
import org.assessor.round.Round;

/**
 * {@code /api/rounds}: collection rounds, for a site's lead and commissioners. Make a round,
 * invite respondents, watch progress, remind, rate it so far, close it into an assessment. A site
 * sees only its own rounds; links are shown once, when made.
 */
@Path("/api/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rounds")
public final class RoundResource {
    private static final String PROBLEM = ProblemJson.MEDIA_TYPE;
    private final RoundService rounds;
    private final InvitationService invitations;

    public RoundResource(RoundService rounds, InvitationService invitations) {
        this.rounds = rounds;
        this.invitations = invitations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRound", summary = "Open a collection round for a site", responses = {
            @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RoundView.class))),
            @ApiResponse(responseCode = "422", description = "errors[] names each field at fault", content =
            @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class)))})
    public Response create(@Parameter(hidden = true) @Context Caller caller, @Parameter(hidden = true) JsonBody body) {
        Round round = rounds.create(caller, RoundRequests.round(body.document()));
        return Response.created(URI.create("api/rounds/" + round.id())).entity(view(round)).build();
    }

    @GET
    @Operation(operationId = "listRounds", summary = "Rounds, newest first (a site's own only)")
    public RoundListView list(@Parameter(hidden = true) @Context Caller caller,
                              @Parameter(description = "Only this site's rounds") @QueryParam("site") String site) {
        return new RoundListView(rounds.list(caller, site).stream().map(this::view).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRound", summary = "One round", responses = {
            @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RoundView.class))),
            @ApiResponse(responseCode = "404", description = "No such round", content = @Content(
                    mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class)))})
    public RoundView get(@Parameter(hidden = true) @Context Caller caller, @PathParam("id") String id) {
        return view(rounds.get(caller, id));
    }

    @POST
    @Path("/{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "invite", summary = "Make links: personal ones (role, name, e-mail) and open ones"
            + " for anonymous groups (role, cap); links are shown only in this response", responses = {
            @ApiResponse(responseCode = "201", content = @Content(
                    schema = @Schema(implementation = IssuedLinksView.class))),
            @ApiResponse(responseCode = "409", description = "The round takes no more answers", content = @Content(
                    mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class))),
            @ApiResponse(responseCode = "422", description = "errors[] names each field at fault", content =
            @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class)))})
    public Response invite(@Parameter(hidden = true) @Context Caller caller, @PathParam("id") String id,
                           @Parameter(hidden = true) JsonBody body) {
        IssuedLinksView made = IssuedLinksView.of(invitations.invite(caller, id,
                RoundRequests.invitations(body.document())), invitations.sendsMail());
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    @POST
    @Path("/{id}/invitations/{invitation}/revoke")
    @Operation(operationId = "revokeInvitation", summary = "Withdraw a link that has not been submitted")
    public InvitationView revoke(@Parameter(hidden = true) @Context Caller caller, @PathParam("id") String id,
                                 @PathParam("invitation") String invitation) {
        return InvitationView.of(invitations.revoke(caller, id, invitation));
    }

    @POST
    @Path("/{id}/invitations/{invitation}/reissue")
    @Operation(operationId = "reissueInvitation", summary = "A new link for an invitation; the old one stops working")
    public IssuedLinkView reissue(@Parameter(hidden = true) @Context Caller caller, @PathParam("id") String id,
                                  @PathParam("invitation") String invitation) {
        return IssuedLinkView.of(invitations.reissue(caller, id, invitation));
    }

    @POST
    @Path("/{id}/invitations/{invitation}/reopen")
    @Operation(operationId = "reopenResponse", summary = "Let a respondent change and submit again")
    public InvitationView reopen(@Parameter(hidden = true) @Context Caller caller, @PathParam("id") String id,
                                 @PathParam("invitation") String invitation) {
        return InvitationView.of(invitations.reopen(caller, id, invitation));
    }

    @GET
    @Path("/{id}/progress")
    @Operation(operationId = "roundProgress", summary = "Responses by role against those expected, and who has"
            + " not finished (names only)")
    public ProgressView progress(@Parameter(hidden = true) @Context Caller caller, @PathParam("id") String id) {
        Round round = rounds.get(caller, id);
        return ProgressView.of(rounds.progress(caller, id), rounds.status(round));
    }

    @POST
    @Path("/{id}/reminders")
    @Operation(operationId = "remind", summary = "Remind those with an address who have not finished")
    public IssuedLinksView remind(@Parameter(hidden = true) @Context Caller caller, @PathParam("id") String id) {
        return IssuedLinksView.of(invitations.remind(caller, id), invitations.sendsMail());
    }

    @GET
    @Path("/{id}/outbox")
    @Operation(operationId = "roundOutbox", summary = "Messages to respondents, links left out, sent or not")
    public OutboxView outbox(@Parameter(hidden = true) @Context Caller caller, @PathParam("id") String id) {
        return new OutboxView(invitations.sendsMail() ? "smtp" : "none", invitations.outbox(caller, id));
    }

    @GET
    @Path("/{id}/rating")
    @Operation(operationId = "provisionalRating", summary = "The round so far, rated; provisional, never stored",
            responses = {
            @ApiResponse(responseCode = "200", content = @Content(
                    schema = @Schema(implementation = ProvisionalView.class))),
            @ApiResponse(responseCode = "409", description = "No response submitted yet", content = @Content(
                    mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class)))})
    public ProvisionalView rating(@Parameter(hidden = true) @Context Caller caller, @PathParam("id") String id) {
        RoundService.Provisional p = rounds.provisional(caller, id);
        return new ProvisionalView(true, p.round().id(), p.responses(), ResultView.of(p.result()));
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeRound", summary = "Rate every submitted response together and store the"
            + " assessment", responses = {
            @ApiResponse(responseCode = "201", content = @Content(
                    schema = @Schema(implementation = ClosedRoundView.class))),
            @ApiResponse(responseCode = "409", description = "Closed already, or no response submitted",
                    content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class)))})
    public Response close(@Parameter(hidden = true) @Context Caller caller, @PathParam("id") String id) {
        RoundService.Closed closed = rounds.close(caller, id);
        JsonNode result;
        try {
            result = ApiJson.mapper().readTree(closed.assessment().resultJson());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a result just written is unreadable", e);
        }
        return Response.created(URI.create("api/assessments/" + closed.assessment().id()))
                .entity(new ClosedRoundView(view(closed.round()), closed.responses(), closed.assessment().id(), result))
                .build();
    }

    private RoundView view(Round round) {
        return RoundView.of(round, rounds.status(round));
    }
}
