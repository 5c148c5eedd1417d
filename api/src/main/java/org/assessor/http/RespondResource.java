package org.assessor.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.assessor.api.ProblemView;
import org.assessor.api.RoundRequests;
import org.assessor.api.SheetView;
import org.assessor.app.RespondentService;
import org.glassfish.grizzly.http.server.Request;

/**
 * {@code /api/respond/{link}}: what a respondent does with their link. No token is needed: the
 * link is the key, and it reaches its own response only. The link is never logged or echoed in
 * errors; links that do not work are counted per client address and slowed down.
 */
@Path("/api/respond/{link}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "respond")
public final class RespondResource {
    private static final String PROBLEM = ProblemJson.MEDIA_TYPE;
    private final RespondentService respondents;

    public RespondResource(RespondentService respondents) {
        this.respondents = respondents;
    }

    @GET
    @Operation(operationId = "readResponse", summary = "The round, and the answers saved so far", responses = {
            @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SheetView.class))),
            @ApiResponse(responseCode = "404", description = "The link does not work", content = @Content(
                    mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class))),
            @ApiResponse(responseCode = "409", description = "The round is not taking answers", content = @Content(
                    mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class))),
            @ApiResponse(responseCode = "429", description = "Too many links that do not work", content = @Content(
                    mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class)))})
    public SheetView read(@Parameter(description = "The link's token") @PathParam("link") String link,
                          @Parameter(hidden = true) @Context Request request) {
        return SheetView.of(respondents.sheet(link, client(request)));
    }

    @PATCH
    @Path("/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveAnswers", summary = "Save some answers (null clears one); the others are kept",
            responses = {
            @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SheetView.class))),
            @ApiResponse(responseCode = "409", description = "Submitted already, or the round is closed", content =
            @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class))),
            @ApiResponse(responseCode = "422", description = "errors[] names each wrong answer; nothing is saved",
                    content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class)))})
    public SheetView save(@PathParam("link") String link, @Parameter(hidden = true) JsonBody body,
                          @Parameter(hidden = true) @Context Request request) {
        return SheetView.of(respondents.save(link, client(request), RoundRequests.answers(body.document())));
    }

    @POST
    @Path("/submit")
    @Operation(operationId = "submitResponse", summary = "Submit the answers once complete", responses = {
            @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SheetView.class))),
            @ApiResponse(responseCode = "422", description = "errors[] names each question still to answer",
                    content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class)))})
    public SheetView submit(@PathParam("link") String link, @Parameter(hidden = true) @Context Request request) {
        return SheetView.of(respondents.submit(link, client(request)));
    }

    @POST
    @Path("/start")
    @Operation(operationId = "startFromOpenLink", summary = "From an open link, a personal link of your own",
            responses = {
            @ApiResponse(responseCode = "201", description = "{\"token\": ...}: keep it to come back"),
            @ApiResponse(responseCode = "409", description = "The open link is used up", content = @Content(
                    mediaType = PROBLEM, schema = @Schema(implementation = ProblemView.class)))})
    public Response start(@PathParam("link") String link, @Parameter(hidden = true) @Context Request request) {
        String token = respondents.start(link, client(request));
        return Response.status(Response.Status.CREATED).entity(Map.of("token", token)).build();
    }

    private static String client(Request request) {
        return request == null ? "unknown" : request.getRemoteAddr();
    }
}
