package org.assessor.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.assessor.app.AuditTrail;
import org.assessor.questionnaire.QuestionnaireCatalog;

/**
 * {@code /audit}: the audit log in the browser (who uploaded, published, retired and re-evaluated
 * what, when, with the content hash), filterable by questionnaire, action and days, and paged.
 * It has no form that changes the log. Auditors and admins only ({@link Auditors}).
 */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
public final class AuditPages {
    private final AuditTrail audit;
    private final QuestionnaireCatalog questionnaires;
    private final Pages pages;

    public AuditPages(AuditTrail audit, QuestionnaireCatalog questionnaires, Pages pages) {
        this.audit = audit;
        this.questionnaires = questionnaires;
        this.pages = pages;
    }

    @GET
    public Response log(@Context ContainerRequestContext request, @QueryParam("questionnaire") String questionnaire,
                        @QueryParam("action") String action, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("page") String page) {
        WebContext web = WebContext.of(request);
        Auditors.caller(web, pages);
        AuditLogPage.Filter filter = new AuditLogPage.Filter(text(questionnaire), text(action), text(from), text(to));
        AuditLogPage model = AuditLogPage.of(AuditEntries.all(audit), questionnaires.ids().stream().sorted().toList(),
                filter, pageNumber(page));
        return pages.render(200, "audit/log.jte", web.page("Audit log").titled("Audit log", model.errors().any()), model);
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Math.min(Integer.parseInt(page), 100_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
