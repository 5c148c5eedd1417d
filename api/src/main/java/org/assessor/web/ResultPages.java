package org.assessor.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.assessor.access.Caller;
import org.assessor.app.ActionPlanService;
import org.assessor.app.ReportService;
import org.assessor.result.AssessmentResult;
import org.assessor.store.NoSuchAssessment;

/**
 * {@code /results/{id}}: a stored assessment's result page, in plain language, with its action
 * plan and the progress since the site's previous cycle, and its PDF for the board, for whoever
 * may see that assessment (a site its own).
 */
@Path("/results/{id}")
public final class ResultPages {
    private final ActionPlanService plans;
    private final ReportService reports;
    private final Pages pages;

    public ResultPages(ActionPlanService plans, ReportService reports, Pages pages) {
        this.plans = plans;
        this.reports = reports;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response result(@Context ContainerRequestContext request, @PathParam("id") String id) {
        WebContext web = WebContext.of(request);
        Caller caller = RoundPages.caller(web);
        try {
            ActionPlanService.Plan plan = plans.plan(caller, id);
            AssessmentResult result = plan.result();
            String heading = result.site().name() + (result.cycle() == null ? "" : ", " + result.cycle());
            return pages.render(200, "results/result.jte", web.page("Result: " + heading),
                    ResultPage.of(id, plan, heading));
        } catch (NoSuchAssessment e) {
            return pages.problem(404, web, "Page not found", e.getMessage());
        }
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    public Response pdf(@Context ContainerRequestContext request, @PathParam("id") String id) {
        WebContext web = WebContext.of(request);
        try {
            return Response.ok(reports.assessmentReport(RoundPages.caller(web), id), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"assessment-" + id + ".pdf\"").build();
        } catch (NoSuchAssessment e) {
            return pages.problem(404, web, "Page not found", e.getMessage());
        }
    }
}
