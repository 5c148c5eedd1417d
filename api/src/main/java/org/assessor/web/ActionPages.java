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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assessor.access.AccessDenied;
import org.assessor.access.Caller;
import org.assessor.app.ActionPlanService;
import org.assessor.app.PlanInvalid;
import org.assessor.assessment.FieldError;
import org.assessor.result.ActionResult;
import org.assessor.store.NoSuchAssessment;

/** {@code /results/{id}/actions/{action}}: a site lead plans one recommended action (owner, due date, status). */
@Path("/results/{id}/actions/{action}")
@Produces(MediaType.TEXT_HTML)
public final class ActionPages {
    private final ActionPlanService plans;
    private final Pages pages;

    public ActionPages(ActionPlanService plans, Pages pages) {
        this.plans = plans;
        this.pages = pages;
    }

    @GET
    public Response form(@Context ContainerRequestContext request, @PathParam("id") String id,
                         @PathParam("action") String action) {
        WebContext web = WebContext.of(request);
        try {
            ActionPlanService.Plan plan = plans.plan(RoundPages.caller(web), id);
            Optional<ActionResult> recommended = plan.result().actions().stream().filter(a -> a.id().equals(action))
                    .findFirst();
            if (recommended.isEmpty() || !plan.editable()) {
                return pages.problem(404, web, "Page not found", "There is no action " + action + " to plan here.");
            }
            ActionPlanService.Item item = plan.items().get(action);
            LocalDate due = item == null ? null : item.due();
            return pages.render(200, "results/action.jte", web.page("Plan action " + action), new ActionForm(id,
                    action, recommended.get().text(), item == null || item.owner() == null ? "" : item.owner(),
                    due == null ? "" : "" + due.getDayOfMonth(), due == null ? "" : "" + due.getMonthValue(),
                    due == null ? "" : "" + due.getYear(), item == null ? "not-started" : item.status(),
                    FormErrors.none()));
        } catch (NoSuchAssessment e) {
            return pages.problem(404, web, "Page not found", e.getMessage());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@Context ContainerRequestContext request, @PathParam("id") String id,
                         @PathParam("action") String action, @FormParam("owner") String owner,
                         @FormParam("due-day") String day, @FormParam("due-month") String month,
                         @FormParam("due-year") String year, @FormParam("status") String status) {
        WebContext web = WebContext.of(request);
        Caller caller = RoundPages.caller(web);
        ActionForm form = new ActionForm(id, action, "", owner == null ? "" : owner, day == null ? "" : day,
                month == null ? "" : month, year == null ? "" : year, status == null ? "" : status, FormErrors.none());
        try {
            plans.save(caller, id, action, owner, form.due(), status == null ? "" : status);
            return Pages.seeOther("/results/" + id + "#actions");
        } catch (IllegalArgumentException e) {
            return again(web, form, List.of(new FieldError("/due", e.getMessage())));
        } catch (PlanInvalid e) {
            return again(web, form, e.errors());
        } catch (NoSuchAssessment e) {
            return pages.problem(404, web, "Page not found", e.getMessage());
        } catch (AccessDenied e) {
            return pages.problem(403, web, "You cannot change this plan", e.getMessage());
        }
    }

    private Response again(WebContext web, ActionForm form, List<FieldError> errors) {
        ActionForm shown = new ActionForm(form.assessmentId(), form.actionId(), form.text(), form.owner(),
                form.dueDay(), form.dueMonth(), form.dueYear(), form.status(), FormErrors.of(errors, ActionForm::fieldOf));
        return pages.render(200, "results/action.jte", web.page("Plan action " + form.actionId())
                .titled("Plan action " + form.actionId(), true), shown);
    }
}
