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
import java.util.Map;
import org.assessor.access.AccessDenied;
import org.assessor.app.AssessmentService;
import org.assessor.assessment.SubmissionInvalid;
import org.assessor.questionnaire.NoSuchQuestionnaire;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;

/**
 * {@code /peer}: a peer reviewer rates a site's criteria directly, one radio group per criterion,
 * and the review is stored as a peer-review assessment; the result page then shows it beside the
 * site's self-assessment of the same cycle, to whoever may see both.
 */
@Path("/peer")
@Produces(MediaType.TEXT_HTML)
public final class PeerPages {
    private final AssessmentService assessments;
    private final QuestionnaireCatalog questionnaires;
    private final Pages pages;

    public PeerPages(AssessmentService assessments, QuestionnaireCatalog questionnaires, Pages pages) {
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        this.pages = pages;
    }

    @GET
    public Response choose(@Context ContainerRequestContext request) {
        WebContext web = WebContext.of(request);
        RoundPages.caller(web);
        return pages.render(200, "peer/choose.jte", web.page("Rate a site"), questionnaires.ids().stream()
                .map(q -> new RoundForm.Choice(q, questionnaires.latest(q).title())).toList());
    }

    @GET
    @Path("{questionnaire}")
    public Response form(@Context ContainerRequestContext request, @PathParam("questionnaire") String id) {
        WebContext web = WebContext.of(request);
        RoundPages.caller(web);
        try {
            Questionnaire questionnaire = questionnaires.latest(id);
            return pages.render(200, "peer/rate.jte", web.page("Rate a site: " + questionnaire.title()),
                    PeerForm.of(questionnaire, Map.of(), FormErrors.none()));
        } catch (NoSuchQuestionnaire e) {
            return pages.problem(404, web, "Page not found", e.getMessage());
        }
    }

    @POST
    @Path("{questionnaire}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@Context ContainerRequestContext request, @PathParam("questionnaire") String id,
                         MultivaluedMap<String, String> form) {
        WebContext web = WebContext.of(request);
        try {
            Questionnaire questionnaire = questionnaires.latest(id);
            PeerForm filled = PeerForm.of(questionnaire, RoundForm.values(form), FormErrors.none());
            try {
                return Pages.seeOther("/results/" + assessments.create(RoundPages.caller(web), filled.submission()).id());
            } catch (SubmissionInvalid e) {
                String title = "Rate a site: " + questionnaire.title();
                return pages.render(200, "peer/rate.jte", web.page(title).titled(title, true), PeerForm.of(
                        questionnaire, RoundForm.values(form), FormErrors.of(e.errors(), PeerForm::fieldOf)));
            }
        } catch (NoSuchQuestionnaire e) {
            return pages.problem(404, web, "Page not found", e.getMessage());
        } catch (AccessDenied e) {
            return pages.problem(403, web, "You cannot submit this review", e.getMessage());
        }
    }
}
