package org.assessor.web;

import java.util.List;

/**
 * The programme dashboard's page: the filter form (with its errors), and, when the filter is
 * usable, the heat-map's page, the pooled tables, the outcomes and the rounds in progress, all
 * selected by the same filter, with links to download the same comparison as CSV and PDF.
 *
 * @param filter          the filter as sent, with its errors
 * @param questionnaires  the questionnaires to choose from
 * @param seesEverySite   whether the caller sees every site (else only its own)
 * @param heatMap         the heat-map's page; null when the filter has errors
 * @param standardLevel   the pooled standard ratings; null when the filter has errors
 * @param criterionLevel  the pooled criterion ratings; null when the filter has errors
 * @param outcomes        readiness and trends; null when the filter has errors
 * @param rounds          the rounds in progress; null when the filter has errors
 */
public record ProgrammePage(ProgrammeFilter filter, List<RoundForm.Choice> questionnaires, boolean seesEverySite,
                            ProgrammeHeatMap heatMap, ProgrammePooled standardLevel, ProgrammePooled criterionLevel,
                            ProgrammeOutcomes outcomes, ProgrammeRounds rounds) {

    /** The page with only the filter form: its values could not be used. */
    public static ProgrammePage ofErrors(ProgrammeFilter filter, List<RoundForm.Choice> questionnaires,
                                         boolean seesEverySite) {
        return new ProgrammePage(filter, questionnaires, seesEverySite, null, null, null, null, null);
    }

    /** The CSV download of the comparison on this page. */
    public String csvLink() {
        return "/programme/compare.csv?" + filter.query();
    }

    /** The PDF download of the comparison on this page. */
    public String pdfLink() {
        return "/programme/report.pdf?" + filter.query();
    }

    /** The link to page {@code n} of the heat-map, with the same filter. */
    public String pageLink(int n) {
        String query = filter.query();
        return "/programme?" + (query.isEmpty() ? "" : query + "&") + "page=" + n;
    }
}
