package org.assessor.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.assessor.access.Caller;
import org.assessor.app.AuditTrail;
import org.assessor.app.ImpactAnalysis;
import org.assessor.app.ImpactProgress;
import org.assessor.app.KnownVersion;
import org.assessor.app.RuleSetConflict;
import org.assessor.app.RuleSetService;
import org.assessor.rules.NoSuchRuleSet;
import org.assessor.rules.RuleSetId;
import org.assessor.store.RuleSetStatus;

/**
 * {@code /rulesets/{q}/{v}/impact}, {@code .../publish} and {@code .../retire}: what a version
 * would change in stored ratings, and publishing or retiring it after a confirmation page that
 * says what will change. The impact is worked out while the page is asked for (no streaming of
 * progress: the pages say it may take a while). Auditors and admins only ({@link Auditors}).
 */
@Path("/rulesets")
@Produces(MediaType.TEXT_HTML)
public final class RuleSetChangePages {
    private final RuleSetService ruleSets;
    private final ImpactAnalysis impact;
    private final ImpactRuns runs;
    private final AuditTrail audit;
    private final Pages pages;

    public RuleSetChangePages(RuleSetService ruleSets, ImpactAnalysis impact, ImpactRuns runs, AuditTrail audit,
                              Pages pages) {
        this.ruleSets = ruleSets;
        this.impact = impact;
        this.runs = runs;
        this.audit = audit;
        this.pages = pages;
    }

    @GET
    @Path("{q}/{v}/impact")
    public Response impact(@Context ContainerRequestContext request, @PathParam("q") String q, @PathParam("v") String v,
                           @QueryParam("site") String site, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("again") String again) {
        WebContext web = WebContext.of(request);
        Auditors.caller(web, pages);
        try {
            KnownVersion version = known(q, v);
            ImpactFilter filter = ImpactFilter.of(site, from, to);
            try {
                ruleSets.active(q);
            } catch (NoSuchRuleSet e) {
                return pages.problem(409, web, "There is nothing to compare with", "Questionnaire " + q
                        + " has no active rule set, so no stored rating would move.");
            }
            ImpactRuns.Run run = runs.run(version.id(), filter.query(), again != null);
            if (!run.finished()) {
                return pages.render(200, "rulesets/impact-running.jte", web.page("Working out the impact of rule set "
                        + q + " " + v), new ImpactRunning(RuleSetList.row(version, List.of()), run.done(), run.total(),
                        run.percent(), filter.link(RuleSetList.row(version, List.of()).href() + "/impact")));
            }
            ImpactPage page = new ImpactPage(RuleSetList.row(version, List.of()), run.result(), filter, filter.errors());
            return pages.render(200, "rulesets/impact.jte", web.page("Impact of rule set " + q + " " + v)
                    .titled("Impact of rule set " + q + " " + v, page.errors().any()), page);
        } catch (NoSuchRuleSet | IllegalArgumentException e) {
            return notFound(web, q, v);
        }
    }

    @GET
    @Path("{q}/{v}/{action: publish|retire}")
    public Response confirm(@Context ContainerRequestContext request, @PathParam("q") String q, @PathParam("v") String v,
                            @PathParam("action") String action) {
        WebContext web = WebContext.of(request);
        Auditors.caller(web, pages);
        try {
            KnownVersion version = known(q, v);
            String active = ruleSets.list().stream().map(r -> r.state())
                    .filter(s -> s.id().questionnaireId().equals(q) && s.status() == RuleSetStatus.ACTIVE)
                    .map(s -> s.id().version()).findFirst().orElse("");
            boolean publishing = action.equals("publish");
            ImpactPage effect = publishing && !active.isEmpty() && !active.equals(v) ? impactOf(version, ImpactFilter.of(null, null, null)) : null;
            return pages.render(200, "rulesets/confirm.jte", web.page((publishing ? "Publish" : "Retire")
                    + " rule set " + q + " " + v + "?"), new ConfirmPage(RuleSetList.row(version,
                    AuditEntries.all(audit)), action, active, effect));
        } catch (NoSuchRuleSet | IllegalArgumentException e) {
            return notFound(web, q, v);
        }
    }

    @POST
    @Path("{q}/{v}/{action: publish|retire}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@Context ContainerRequestContext request, @PathParam("q") String q, @PathParam("v") String v,
                           @PathParam("action") String action) {
        WebContext web = WebContext.of(request);
        Caller caller = Auditors.caller(web, pages);
        try {
            RuleSetId id = new RuleSetId(q, v);
            if (action.equals("publish")) {
                ruleSets.publish(caller, id);
            } else {
                ruleSets.retire(caller, id);
            }
            return Pages.seeOther("/rulesets/" + q + "/" + v);
        } catch (NoSuchRuleSet | IllegalArgumentException e) {
            return notFound(web, q, v);
        } catch (RuleSetConflict e) {
            return pages.problem(409, web, "The rule set cannot be " + (action.equals("publish") ? "published" : "retired"),
                    e.getMessage());
        }
    }

    /** The impact of {@code version} on the stored assessments {@code filter} takes; null if its questionnaire has no active version. */
    private ImpactPage impactOf(KnownVersion version, ImpactFilter filter) {
        try {
            ruleSets.active(version.id().questionnaireId());
        } catch (NoSuchRuleSet e) {
            return null;
        }
        return new ImpactPage(RuleSetList.row(version, List.of()),
                impact.run(version.id(), filter.query(), ImpactProgress.NONE), filter, filter.errors());
    }

    private KnownVersion known(String q, String v) {
        return ruleSets.version(new RuleSetId(q, v));
    }

    private Response notFound(WebContext web, String q, String v) {
        return pages.problem(404, web, "Page not found", "There is no rule set " + q + " " + v + ".");
    }
}
