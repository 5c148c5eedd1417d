package org.assessor.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assessor.access.Caller;
import org.assessor.app.RuleSetConflict;
import org.assessor.app.RuleSetService;
import org.assessor.app.RuleSetUploadInvalid;
import org.assessor.app.RuleSetVersion;
import org.assessor.rules.EvaluationsBusy;
import org.assessor.rules.NoSuchRuleSet;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetInvalid;
import org.assessor.rules.RuleSetSource;

/**
 * {@code /rulesets/{q}/{v}/thresholds}: a version's threshold table edited in a form and kept as a
 * new draft version (every other file copied, the manifest's version and notes set), verified like
 * any upload; then the new draft's impact page, so the effect is seen before anything is
 * published. Auditors and admins only ({@link Auditors}).
 */
@Path("/rulesets")
@Produces(MediaType.TEXT_HTML)
public final class ThresholdPages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RuleSetService ruleSets;
    private final Pages pages;

    public ThresholdPages(RuleSetService ruleSets, Pages pages) {
        this.ruleSets = ruleSets;
        this.pages = pages;
    }

    @GET
    @Path("{q}/{v}/thresholds")
    public Response form(@Context ContainerRequestContext request, @PathParam("q") String q, @PathParam("v") String v) {
        WebContext web = WebContext.of(request);
        Auditors.caller(web, pages);
        return withTable(web, q, v, (version, table) -> render(web, new ThresholdPage(RuleSetList.row(version.state(),
                List.of()), table, "", "", FormErrors.none(), List.of())));
    }

    @POST
    @Path("{q}/{v}/thresholds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@Context ContainerRequestContext request, @PathParam("q") String q, @PathParam("v") String v,
                         MultivaluedMap<String, String> form) {
        WebContext web = WebContext.of(request);
        Caller caller = Auditors.caller(web, pages);
        Map<String, String> values = new HashMap<>();
        form.forEach((k, list) -> values.put(k, list.isEmpty() ? "" : list.get(0)));
        String newVersion = values.getOrDefault("version", "").trim();
        String notes = values.getOrDefault("notes", "").trim();
        return withTable(web, q, v, (version, table) -> {
            ThresholdForm edited = table.edited(values);
            RuleSetList.Row row = RuleSetList.row(version.state(), List.of());
            if (newVersion.isEmpty()) {
                return render(web, new ThresholdPage(row, edited, newVersion, notes,
                        new FormErrors(Map.of("version", "Enter the new version, for example 1.1.0")), List.of()));
            }
            try {
                RuleSetService.Uploaded uploaded = ruleSets.upload(caller, q, body(version, edited, newVersion, notes));
                return Pages.seeOther("/rulesets/" + q + "/" + uploaded.version().state().id().version() + "/impact");
            } catch (RuleSetInvalid e) {
                return render(web, new ThresholdPage(row, edited, newVersion, notes, FormErrors.none(),
                        e.problems().stream().map(UploadPage.Problem::of).toList()));
            } catch (RuleSetUploadInvalid | RuleSetConflict e) {
                String message = e instanceof RuleSetConflict ? e.getMessage() : "Enter a version of letters, digits,"
                        + " dots and dashes, for example 1.1.0";
                return render(web, new ThresholdPage(row, edited, newVersion, notes,
                        new FormErrors(Map.of("version", message)), List.of()));
            } catch (EvaluationsBusy e) {
                return pages.problem(503, web, "Sorry, the service is busy", "The new version's test cases could not"
                        + " be run now. Nothing was stored. Try again in a minute.");
            }
        });
    }

    private interface WithTable {
        Response apply(RuleSetVersion version, ThresholdForm table);
    }

    private Response withTable(WebContext web, String q, String v, WithTable then) {
        RuleSetVersion version;
        try {
            version = ruleSets.get(new RuleSetId(q, v));
        } catch (NoSuchRuleSet | IllegalArgumentException e) {
            return pages.problem(404, web, "Page not found", "There is no rule set " + q + " " + v + ".");
        }
        return version.files().keySet().stream().filter(RuleSetSource::isThresholdTable).sorted().findFirst()
                .map(file -> then.apply(version, ThresholdForm.parse(file, version.files().get(file))))
                .orElseGet(() -> pages.problem(404, web, "This rule set has no threshold table", "Rule set " + q + " "
                        + v + " rates criteria with rules, not with a threshold table: upload a new version instead."));
    }

    /** The upload body: every file of {@code version}, the edited table, and the manifest's version and notes set. */
    private static ObjectNode body(RuleSetVersion version, ThresholdForm table, String newVersion, String notes) {
        ObjectNode body = JSON.createObjectNode();
        body.put("version", newVersion);
        ObjectNode files = body.putObject("files");
        version.files().forEach(files::put);
        files.put(table.file(), table.csv());
        try {
            ObjectNode manifest = (ObjectNode) JSON.readTree(version.files().get(RuleSetSource.MANIFEST));
            manifest.put("version", newVersion);
            manifest.put("notes", notes.isEmpty() ? "Thresholds changed from version " + version.state().id().version()
                    + "." : notes);
            files.put(RuleSetSource.MANIFEST, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n");
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("the stored manifest of " + version.state().id() + " is not a JSON object", e);
        }
        return body;
    }

    private Response render(WebContext web, ThresholdPage model) {
        boolean errors = model.errors().any() || !model.problems().isEmpty();
        String title = "Change the thresholds of rule set " + model.row().version();
        return pages.render(200, "rulesets/thresholds.jte", web.page(title).titled(title, errors), model);
    }
}
