package org.assessor.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.BiFunction;
import org.assessor.access.Caller;
import org.assessor.access.Role;
import org.assessor.app.ComparisonService;
import org.assessor.app.ReportService;
import org.assessor.app.RoundService;
import org.assessor.comparison.Comparison;
import org.assessor.comparison.ComparisonCsv;
import org.assessor.comparison.ComparisonFilter;
import org.assessor.comparison.ComparisonMixesVersions;
import org.assessor.questionnaire.QuestionnaireCatalog;

/**
 * {@code /programme}: the commissioner's programme dashboard, for a signed-in person. Commissioners,
 * auditors and admins see every site; a site lead only its own site's rows (the comparison is
 * narrowed by {@link ComparisonService} for the caller); a peer reviewer gets 403. The filter is a
 * GET form ({@link ProgrammeFilter}); {@code /programme/compare.csv} and {@code /programme/report.pdf}
 * download the same comparison (every page of the heat-map) with the same filter and the session.
 * Invalid filters are shown in an error summary on the page, or as a 400 page for the downloads.
 */
@Path("/programme")
public final class ProgrammePages {
    private final ComparisonService comparisons;
    private final ReportService reports;
    private final RoundService rounds;
    private final QuestionnaireCatalog questionnaires;
    private final Pages pages;

    public ProgrammePages(ComparisonService comparisons, ReportService reports, RoundService rounds,
                          QuestionnaireCatalog questionnaires, Pages pages) {
        this.comparisons = comparisons;
        this.reports = reports;
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response dashboard(@Context ContainerRequestContext request, @Context UriInfo uri) {
        WebContext web = WebContext.of(request);
        Caller caller = RoundPages.caller(web);
        if (refused(caller)) {
            return refusal(web);
        }
        ProgrammeFilter filter = filter(uri);
        boolean all = caller.readsEverySite();
        String title = "Programme dashboard";
        if (filter.comparison() != null) {
            try {
                Comparison comparison = comparisons.compare(caller, filter.comparison());
                ProgrammeHeatMap heatMap = ProgrammeHeatMap.of(comparison, filter.page());
                return pages.render(200, "programme/dashboard.jte", web.page(title), new ProgrammePage(filter,
                        choices(), all, heatMap, ProgrammePooled.standards(comparison),
                        ProgrammePooled.criteria(comparison),
                        ProgrammeOutcomes.of(comparison, ProgrammeOutcomes.sites(heatMap.rows())),
                        ProgrammeRounds.of(rounds, caller, filter.comparison())));
            } catch (ComparisonMixesVersions e) {
                filter = filter.withError("ruleSetVersion", "These assessments were rated under rule-set versions "
                        + String.join(", ", e.versions()) + ", which are never pooled: enter the version to compare");
            }
        }
        return pages.render(200, "programme/dashboard.jte", web.page(title).titled(title, true),
                ProgrammePage.ofErrors(filter, choices(), all));
    }

    @GET
    @Path("compare.csv")
    @Produces("text/csv")
    public Response csv(@Context ContainerRequestContext request, @Context UriInfo uri) {
        return download(request, uri, "text/csv; charset=utf-8; header=present", "csv",
                (caller, filter) -> ComparisonCsv.toCsv(comparisons.compare(caller, filter)));
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    public Response pdf(@Context ContainerRequestContext request, @Context UriInfo uri) {
        return download(request, uri, "application/pdf", "pdf", reports::comparisonReport);
    }

    /**
     * A download of the comparison the page's filter in {@code uri} selects, made by {@code body},
     * for the signed-in caller: refused to peer reviewers, a page for a bad filter or mixed versions.
     */
    private Response download(ContainerRequestContext request, UriInfo uri, String type, String extension,
                              BiFunction<Caller, ComparisonFilter, Object> body) {
        WebContext web = WebContext.of(request);
        Caller caller = RoundPages.caller(web);
        if (refused(caller)) {
            return refusal(web);
        }
        ProgrammeFilter filter = filter(uri);
        if (filter.comparison() == null) {
            return invalid(web, filter);
        }
        try {
            return Response.ok(body.apply(caller, filter.comparison()), type)
                    .header("Content-Disposition", "attachment; filename=\"programme-"
                            + filter.comparison().questionnaireId() + "." + extension + "\"").build();
        } catch (ComparisonMixesVersions e) {
            return pages.problem(400, web, "Choose a rule-set version", e.getMessage());
        }
    }

    /** Peer reviewers rate sites; they do not compare them. */
    private static boolean refused(Caller caller) {
        return caller.role() == Role.PEER_REVIEWER;
    }

    private Response refusal(WebContext web) {
        return pages.problem(403, web, "You cannot see this page",
                "The programme dashboard is for commissioners, auditors and site leads.");
    }

    private Response invalid(WebContext web, ProgrammeFilter filter) {
        return pages.problem(400, web, "There is a problem with the filter",
                String.join(" ", filter.errors().byField().values()));
    }

    private ProgrammeFilter filter(UriInfo uri) {
        List<String> ids = questionnaires.ids().stream().toList();
        return ProgrammeFilter.of(uri.getQueryParameters(), ids.isEmpty() ? "" : ids.get(0), questionnaires::contains);
    }

    private List<RoundForm.Choice> choices() {
        return questionnaires.ids().stream().map(q -> new RoundForm.Choice(q, questionnaires.latest(q).title())).toList();
    }
}
