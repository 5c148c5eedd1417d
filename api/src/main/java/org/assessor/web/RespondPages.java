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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.assessor.assessment.SubmissionInvalid;
import org.assessor.app.RespondentService;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.questionnaire.Section;
import org.assessor.round.Sheet;
import org.glassfish.grizzly.http.server.Request;

/**
 * {@code /respond/{link}/...}: the respondent's journey in the browser, the pages of the JSON
 * {@code /api/respond/{link}} and through the same {@link RespondentService}: start page, task
 * list, a page of questions per section (saving as they go, never demanding answers), check your
 * answers, submit, confirmation. The link's secret is the path segment and the only key; it is
 * never put into a message. Forms post, then redirect (post, redirect, get); a refused form is
 * shown again with an error summary. A link that cannot be used gives a page (404, 409, 429,
 * see {@link RespondProblems}), not the API's problem+json. Pages work without JavaScript.
 */
@Path("/respond/{link}")
@Produces(MediaType.TEXT_HTML)
public final class RespondPages {
    private final RespondentService respondents;
    private final QuestionnaireCatalog questionnaires;
    private final Pages pages;
    private final RespondProblems problems;

    public RespondPages(RespondentService respondents, QuestionnaireCatalog questionnaires, Pages pages) {
        this.respondents = respondents;
        this.questionnaires = questionnaires;
        this.pages = pages;
        this.problems = new RespondProblems(pages);
    }

    @GET
    public Response start(@PathParam("link") String link, @Context ContainerRequestContext request,
                          @Context Request http) {
        return visit(link, request, http, visit -> render(request, "start", visit.round().title(),
                RespondStart.of(visit)));
    }

    /** From a shared link, a personal one: 303 to its start page, which says to keep its address. */
    @POST
    @Path("start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response own(@PathParam("link") String link, @Context ContainerRequestContext request,
                        @Context Request http) {
        return problems.guard(WebContext.of(request),
                () -> Pages.seeOther("/respond/" + respondents.start(link, client(http))));
    }

    @GET
    @Path("tasks")
    public Response tasks(@PathParam("link") String link, @Context ContainerRequestContext request,
                          @Context Request http) {
        return answering(link, request, http, visit -> render(request, "tasks", "Answer the questions",
                RespondTasks.of(visit)));
    }

    @GET
    @Path("sections/{section}")
    public Response section(@PathParam("link") String link, @PathParam("section") String sectionId,
                            @Context ContainerRequestContext request, @Context Request http) {
        return answering(link, request, http, visit -> inSection(request, visit, sectionId,
                section -> sectionPage(request, RespondSection.of(visit, section, RespondSection.saved(visit, section),
                        Map.of()))));
    }

    /**
     * Saves the section's answers (empty fields are no answers; a cleared one is removed) and goes
     * on: to the next section, or check answers after the last, or, with {@code _action=later},
     * to the page that says how to come back. A wrong answer shows the page again with its errors,
     * and nothing of the form is saved.
     */
    @POST
    @Path("sections/{section}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("link") String link, @PathParam("section") String sectionId,
                         MultivaluedMap<String, String> form, @Context ContainerRequestContext request,
                         @Context Request http) {
        return answering(link, request, http, visit -> inSection(request, visit, sectionId, section -> {
            AnswerForm.Read read = AnswerForm.read(RespondVisit.questions(section), form, visit.sheet().answers());
            try {
                if (!read.answers().isEmpty()) {
                    respondents.save(link, client(http), read.answers());
                }
            } catch (SubmissionInvalid e) {
                return sectionPage(request, RespondSection.of(visit, section, read.entered(),
                        AnswerText.refusals(visit.questionnaire(), e.errors())));
            }
            return Pages.seeOther("later".equals(form.getFirst("_action")) ? visit.round().base() + "/saved"
                    : visit.after(section));
        }));
    }

    @GET
    @Path("saved")
    public Response saved(@PathParam("link") String link, @Context ContainerRequestContext request,
                          @Context Request http) {
        return answering(link, request, http, visit -> render(request, "saved", "Your answers have been saved",
                visit.round()));
    }

    @GET
    @Path("check")
    public Response check(@PathParam("link") String link, @Context ContainerRequestContext request,
                          @Context Request http) {
        return answering(link, request, http, visit -> render(request, "check", "Check your answers",
                RespondCheck.of(visit, List.of())));
    }

    /** Submits; with questions still to answer, check answers again, listing each as an error. */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("link") String link, @Context ContainerRequestContext request,
                           @Context Request http) {
        return answering(link, request, http, visit -> {
            try {
                respondents.submit(link, client(http));
            } catch (SubmissionInvalid e) {
                RespondCheck check = RespondCheck.of(visit, e.errors().stream()
                        .map(f -> AnswerText.questionId(f.pointer())).toList());
                return pages.render(200, "respond/check.jte", WebContext.of(request).page("Check your answers")
                        .titled("Check your answers", true), check);
            }
            return Pages.seeOther(visit.round().base() + "/done");
        });
    }

    @GET
    @Path("done")
    public Response done(@PathParam("link") String link, @Context ContainerRequestContext request,
                         @Context Request http) {
        return visit(link, request, http, visit -> visit.locked()
                ? render(request, "done", "Answers submitted", visit.round())
                : Pages.seeOther(visit.round().base()));
    }

    /** {@code page} for a working link, or the page of the problem with it. */
    private Response visit(String link, ContainerRequestContext request, Request http,
                           Function<RespondVisit, Response> page) {
        return problems.guard(WebContext.of(request), () -> {
            Sheet sheet = respondents.sheet(link, client(http));
            Questionnaire questionnaire = questionnaires.get(sheet.round().spec().questionnaireId(),
                    sheet.round().spec().questionnaireVersion());
            return page.apply(new RespondVisit(sheet, questionnaire,
                    RespondRound.of(link, sheet.round().spec(), questionnaire, sheet.invitation().role())));
        });
    }

    /**
     * Like {@link #visit}, for the pages of answering: a shared link goes to its start page, a
     * submitted one to done.
     */
    private Response answering(String link, ContainerRequestContext request, Request http,
                               Function<RespondVisit, Response> page) {
        return visit(link, request, http, visit -> visit.shared() ? Pages.seeOther(visit.round().base())
                : visit.locked() ? Pages.seeOther(visit.round().base() + "/done") : page.apply(visit));
    }

    private Response inSection(ContainerRequestContext request, RespondVisit visit, String sectionId,
                               Function<Section, Response> page) {
        Optional<Section> section = visit.section(sectionId);
        return section.isPresent() ? page.apply(section.get())
                : problems.notFound(WebContext.of(request), visit.round());
    }

    private Response sectionPage(ContainerRequestContext request, RespondSection model) {
        return pages.render(200, "respond/section.jte", WebContext.of(request).page(model.title())
                .titled(model.title(), !model.errors().isEmpty()), model);
    }

    private Response render(ContainerRequestContext request, String template, String title, Object model) {
        return pages.render(200, "respond/" + template + ".jte", WebContext.of(request).page(title), model);
    }

    private static String client(Request http) {
        return http == null ? "unknown" : http.getRemoteAddr();
    }
}
