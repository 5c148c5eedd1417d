package org.assessor.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
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
import java.util.List;
import org.assessor.access.Caller;
import org.assessor.api.ImpactView;
import org.assessor.api.ProblemView;
import org.assessor.api.RuleSetProblemView;
import org.assessor.api.RuleSetVersionView;
import org.assessor.app.ImpactAnalysis;
import org.assessor.app.ImpactProgress;
import org.assessor.app.ImpactQuery;
import org.assessor.app.RuleSetService;
import org.assessor.rules.RuleSetId;
import org.glassfish.jersey.server.ChunkedOutput;

/** {@code /api/rulesets}: the auditor's rule-set versions: list, read, upload, impact, publish, retire. */
@Path("/api/rulesets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rule sets")
public final class RuleSetResource {
    private final RuleSetService ruleSets;
    private final ImpactAnalysis impact;
    private final ImpactStream streams;

    public RuleSetResource(RuleSetService ruleSets, ImpactAnalysis impact) {
        this.ruleSets = ruleSets;
        this.impact = impact;
        this.streams = new ImpactStream(impact);
    }

    @GET
    @Operation(operationId = "listRuleSets", summary = "Every rule-set version with its status (draft, active, retired)",
            responses = @ApiResponse(responseCode = "200", content = @Content(
                    array = @ArraySchema(schema = @Schema(implementation = RuleSetVersionView.class)))))
    public List<RuleSetVersionView> list() {
        return ruleSets.list().stream().map(RuleSetVersionView::of).toList();
    }

    @GET
    @Path("/{questionnaireId}/{version}")
    @Operation(operationId = "getRuleSet", summary = "One rule-set version with its files", responses = {
            @ApiResponse(responseCode = "200", content = @Content(
                    schema = @Schema(implementation = RuleSetVersionView.class))),
            @ApiResponse(responseCode = "404", description = "No such version", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class)))})
    public RuleSetVersionView get(@PathParam("questionnaireId") String questionnaireId,
                                  @PathParam("version") String version) {
        return RuleSetVersionView.of(ruleSets.get(new RuleSetId(questionnaireId, version)));
    }

    @POST
    @Path("/{questionnaireId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadRuleSet", summary = "Upload a rule-set version as a draft, after verifying it",
            description = "The body is {\"version\": V, \"files\": {name: text}} with every file of the rule-set"
                    + " folder (manifest.json, rule files, tests/*.json). A spreadsheet is given as \"base64:\""
                    + " followed by its bytes in base64. The rule set is compiled in the sandbox, checked for"
                    + " unknown ids and gaps, and its own test cases are run; any problem rejects it whole.",
            responses = {
            @ApiResponse(responseCode = "201", description = "Stored as a draft",
                    headers = @Header(name = "Location", description = "The version's URL"),
                    content = @Content(schema = @Schema(implementation = RuleSetVersionView.class))),
            @ApiResponse(responseCode = "200", description = "The same version with the same files was already there",
                    content = @Content(schema = @Schema(implementation = RuleSetVersionView.class))),
            @ApiResponse(responseCode = "404", description = "No such questionnaire", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class))),
            @ApiResponse(responseCode = "409", description = "The version exists with other files", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class))),
            @ApiResponse(responseCode = "422", description = "The rule set is invalid: errors[] gives each problem's"
                    + " file, line, cell (decision tables) and message; or the body is not an upload (errors[] with"
                    + " pointers)", content = @Content(mediaType = ProblemJson.MEDIA_TYPE,
                    schema = @Schema(implementation = RuleSetProblemView.class)))})
    @RequestBody(required = true, content = @Content(schema = @Schema(example = "{\"version\": \"1.1.0\", \"files\":"
            + " {\"manifest.json\": \"{...}\", \"20-rate-criteria.drl\": \"package assessor.rules; ...\"}}")))
    public Response upload(@PathParam("questionnaireId") String questionnaireId,
                           @Parameter(hidden = true) JsonBody body, @Parameter(hidden = true) @Context Caller caller) {
        RuleSetService.Uploaded uploaded = ruleSets.upload(caller, questionnaireId, body.document());
        RuleSetVersionView v = RuleSetVersionView.of(uploaded.version());
        return (uploaded.created() ? Response.created(URI.create("api/rulesets/" + v.questionnaireId() + "/"
                + v.version())) : Response.ok()).entity(v).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{questionnaireId}/{version}/impact")
    @Operation(operationId = "ruleSetImpact", summary = "How stored ratings would change under this version vs the"
            + " active one", description = "With Accept: application/x-ndjson, the same analysis with its progress,"
            + " as newline-delimited JSON: {\"done\":n,\"total\":m,\"elapsedMillis\":t} a few times a second, then"
            + " {\"impact\":{...}}, or {\"problem\":{...}} if it stopped. Any other Accept gets the JSON document.",
            responses = {
            @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImpactView.class)),
                    @Content(mediaType = ImpactStream.MEDIA_TYPE, schema = @Schema(type = "string",
                            description = "Progress lines, then the analysis as {\"impact\": ...}"))}),
            @ApiResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class))),
            @ApiResponse(responseCode = "404", description = "No such version", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class))),
            @ApiResponse(responseCode = "503", description = "Streamed: as many analyses are running and waiting as"
                    + " the node takes; ask again after Retry-After", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class)))})
    public ImpactView impact(@PathParam("questionnaireId") String questionnaireId, @PathParam("version") String version,
                             @Parameter(description = "Only this site's assessments") @QueryParam("site") String site,
                             @Parameter(description = "Only those stored on or after this day (YYYY-MM-DD, UTC)")
                             @QueryParam("from") String from,
                             @Parameter(description = "Only those stored on or before this day (YYYY-MM-DD, UTC)")
                             @QueryParam("to") String to,
                             @Parameter(description = "The most affected assessments to list (default 1000)")
                             @QueryParam("limit") String limit) {
        return ImpactView.of(impact.run(new RuleSetId(questionnaireId, version),
                QueryParameters.impactQuery(site, from, to, limit), ImpactProgress.NONE));
    }

    @GET
    @Path("/{questionnaireId}/{version}/impact")
    @Produces(ImpactStream.ON_REQUEST)
    @Operation(hidden = true) // described with ruleSetImpact: OpenAPI has one operation per path and method
    public ChunkedOutput<String> impactWithProgress(@PathParam("questionnaireId") String questionnaireId,
                                                   @PathParam("version") String version,
                                                   @QueryParam("site") String site, @QueryParam("from") String from,
                                                   @QueryParam("to") String to, @QueryParam("limit") String limit) {
        RuleSetId id = new RuleSetId(questionnaireId, version);
        ImpactQuery query = QueryParameters.impactQuery(site, from, to, limit);
        ruleSets.get(id);
        return streams.start(id, query);
    }

    @POST
    @Path("/{questionnaireId}/{version}/publish")
    @Operation(operationId = "publishRuleSet", summary = "Make this version the active one; the previous one is"
            + " retired, and stored assessments keep the version they were rated with", responses = {
            @ApiResponse(responseCode = "200", description = "Now active", content = @Content(
                    schema = @Schema(implementation = RuleSetVersionView.class))),
            @ApiResponse(responseCode = "404", description = "No such version", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class)))})
    public RuleSetVersionView publish(@PathParam("questionnaireId") String questionnaireId,
                                      @PathParam("version") String version, @Parameter(hidden = true) @Context Caller caller) {
        return RuleSetVersionView.of(ruleSets.publish(caller, new RuleSetId(questionnaireId, version)));
    }

    @POST
    @Path("/{questionnaireId}/{version}/retire")
    @Operation(operationId = "retireRuleSet", summary = "Retire a draft or an earlier version; it stays available"
            + " for reading and re-evaluation", responses = {
            @ApiResponse(responseCode = "200", description = "Now retired", content = @Content(
                    schema = @Schema(implementation = RuleSetVersionView.class))),
            @ApiResponse(responseCode = "404", description = "No such version", content = @Content(
                    mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemView.class))),
            @ApiResponse(responseCode = "409", description = "It is the active version: publish another first",
                    content = @Content(mediaType = ProblemJson.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemView.class)))})
    public RuleSetVersionView retire(@PathParam("questionnaireId") String questionnaireId,
                                     @PathParam("version") String version, @Parameter(hidden = true) @Context Caller caller) {
        return RuleSetVersionView.of(ruleSets.retire(caller, new RuleSetId(questionnaireId, version)));
    }
}
