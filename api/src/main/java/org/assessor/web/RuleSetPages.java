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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.assessor.access.Caller;
import org.assessor.app.AuditTrail;
import org.assessor.app.RuleSetConflict;
import org.assessor.app.RuleSetService;
import org.assessor.app.RuleSetUploadInvalid;
import org.assessor.app.RuleSetVersion;
import org.assessor.questionnaire.NoSuchQuestionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.rules.EvaluationsBusy;
import org.assessor.rules.NoSuchRuleSet;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetInvalid;

/**
 * {@code /rulesets}: the auditor's rule-set versions in the browser: the list with status, hash
 * and who published them; one version with its files; one file with numbered lines; and the
 * upload of a draft (a multipart form: files, test cases and/or a zip of the folder), which shows
 * every validation problem with its file and line, or leads to the new draft's page. Impact,
 * publish and retire are {@link RuleSetChangePages}'. Auditors and admins only ({@link Auditors}).
 */
@Path("/rulesets")
@Produces(MediaType.TEXT_HTML)
public final class RuleSetPages {
    private final RuleSetService ruleSets;
    private final AuditTrail audit;
    private final QuestionnaireCatalog questionnaires;
    private final Pages pages;

    public RuleSetPages(RuleSetService ruleSets, AuditTrail audit, QuestionnaireCatalog questionnaires, Pages pages) {
        this.ruleSets = ruleSets;
        this.audit = audit;
        this.questionnaires = questionnaires;
        this.pages = pages;
    }

    @GET
    public Response list(@Context ContainerRequestContext request) {
        WebContext web = WebContext.of(request);
        Auditors.caller(web, pages);
        return pages.render(200, "rulesets/list.jte", web.page("Rule sets"),
                RuleSetList.of(ruleSets.list(), AuditEntries.all(audit)));
    }

    @GET
    @Path("{q}/{v}")
    public Response version(@Context ContainerRequestContext request, @PathParam("q") String q,
                            @PathParam("v") String v, @jakarta.ws.rs.QueryParam("uploaded") String uploaded) {
        WebContext web = WebContext.of(request);
        Auditors.caller(web, pages);
        try {
            RuleSetVersion version = ruleSets.get(new RuleSetId(q, v));
            return pages.render(200, "rulesets/version.jte", web.page("Rule set " + q + " " + v),
                    RuleSetPage.of(RuleSetList.row(version.state(), AuditEntries.all(audit)), version, uploaded != null));
        } catch (NoSuchRuleSet | IllegalArgumentException e) {
            return pages.problem(404, web, "Page not found", "There is no rule set " + q + " " + v + ".");
        }
    }

    @GET
    @Path("{q}/{v}/files/{name: .+}")
    public Response file(@Context ContainerRequestContext request, @PathParam("q") String q,
                         @PathParam("v") String v, @PathParam("name") String name) {
        WebContext web = WebContext.of(request);
        Auditors.caller(web, pages);
        try {
            RuleSetVersion version = ruleSets.get(new RuleSetId(q, v));
            String text = version.files().get(name);
            if (text == null) {
                return pages.problem(404, web, "Page not found", "Rule set " + q + " " + v + " has no file " + name + ".");
            }
            return pages.render(200, "rulesets/file.jte", web.page(name + " - rule set " + q + " " + v),
                    RuleSetFilePage.of(RuleSetList.row(version.state(), List.of()), name, text));
        } catch (NoSuchRuleSet | IllegalArgumentException e) {
            return pages.problem(404, web, "Page not found", "There is no rule set " + q + " " + v + ".");
        }
    }

    @GET
    @Path("upload")
    public Response uploadForm(@Context ContainerRequestContext request) {
        WebContext web = WebContext.of(request);
        Auditors.caller(web, pages);
        return pages.render(200, "rulesets/upload.jte", web.page("Upload a draft rule set"),
                UploadPage.empty(questionnaires.ids().stream().sorted().toList()));
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@Context ContainerRequestContext request, byte[] body) {
        WebContext web = WebContext.of(request);
        Caller caller = Auditors.caller(web, pages);
        UploadForm form = UploadForm.of(Multipart.boundary(request.getHeaderString("Content-Type"))
                .map(b -> Multipart.parse(body, b)).orElse(List.of()));
        FormErrors errors = formErrors(form);
        if (errors.any()) {
            return uploadProblem(web, form, errors, List.of());
        }
        try {
            RuleSetService.Uploaded uploaded = ruleSets.upload(caller, form.questionnaireId(), form.body());
            return Pages.seeOther("/rulesets/" + uploaded.version().state().id().questionnaireId() + "/"
                    + uploaded.version().state().id().version() + (uploaded.created() ? "?uploaded" : ""));
        } catch (NoSuchQuestionnaire e) {
            return uploadProblem(web, form, new FormErrors(Map.of("questionnaire", "Choose a questionnaire")), List.of());
        } catch (RuleSetUploadInvalid e) {
            return uploadProblem(web, form, FormErrors.of(e.errors(), p -> p.startsWith("/version") ? "version" : "files"),
                    List.of());
        } catch (RuleSetInvalid e) {
            return uploadProblem(web, form, FormErrors.none(), e.problems().stream().map(UploadPage.Problem::of).toList());
        } catch (RuleSetConflict e) {
            return uploadProblem(web, form, new FormErrors(Map.of("version", e.getMessage())), List.of());
        } catch (EvaluationsBusy e) {
            return pages.problem(503, web, "Sorry, the service is busy", "The rule set's test cases could not be run"
                    + " now. Nothing was stored. Try again in a minute.");
        }
    }

    private static FormErrors formErrors(UploadForm form) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (form.questionnaireId().isEmpty()) {
            errors.put("questionnaire", "Choose a questionnaire");
        }
        if (form.version().isEmpty()) {
            errors.put("version", "Enter the version, for example 1.1.0");
        }
        if (form.files().isEmpty()) {
            errors.put("files", "Choose the rule set's files, or a zip of its folder");
        }
        return new FormErrors(errors);
    }

    private Response uploadProblem(WebContext web, UploadForm form, FormErrors errors, List<UploadPage.Problem> problems) {
        UploadPage model = new UploadPage(questionnaires.ids().stream().sorted().toList(), form.questionnaireId(),
                form.version(), errors, problems);
        return pages.render(200, "rulesets/upload.jte", web.page("Upload a draft rule set").titled(
                "Upload a draft rule set", true), model);
    }
}
