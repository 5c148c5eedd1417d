package org.assessor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assessor.comparison.Comparison;
import org.assessor.comparison.StandardChange;
import org.assessor.core.RatingScale;

/**
 * What the programme's assessments lead to: each site's readiness verdict and placement (for
 * questionnaires with readiness rules; empty otherwise), with how many sites have each, and each
 * site's change per standard from one cycle to the next (the trend from baseline to follow-ups).
 */
public record ProgrammeOutcomes(List<Readiness> readiness, List<Count> verdicts, List<Count> placements,
                                List<Trend> trends) {

    /** A site's verdict and placement, from its latest readiness assessment compared. */
    public record Readiness(String siteName, String link, String cycle, String verdict, String placement) {
    }

    /** How many sites have a verdict or placement. */
    public record Count(String label, int sites) {
    }

    /** One site's change of one standard from one cycle to the next. */
    public record Trend(String siteName, String mode, String standard, String fromCycle, String from, String toCycle,
                        String to, String change) {
    }

    /**
     * The outcomes of {@code comparison}: the counts of verdicts and placements over every site,
     * each site's verdict and its trends only for the sites {@code siteIds} (those on the heat-map's page).
     */
    public static ProgrammeOutcomes of(Comparison comparison, Set<String> siteIds) {
        var summary = comparison.readiness();
        List<Readiness> readiness = summary.sites().stream().filter(s -> siteIds.contains(s.site().id())).map(s -> new Readiness(name(s.site()),
                s.assessment() == null ? null : "/results/" + s.assessment(), s.cycle() == null ? "" : s.cycle(),
                words(s.verdict().code()), words(s.placement().code()))).toList();
        List<Count> verdicts = summary.isEmpty() ? List.of() : summary.verdicts().entrySet().stream()
                .map(e -> new Count(words(e.getKey().code()), e.getValue())).toList();
        List<Count> placements = summary.isEmpty() ? List.of() : summary.placements().entrySet().stream()
                .map(e -> new Count(words(e.getKey().code()), e.getValue())).toList();
        RatingScale scale = comparison.questionnaire().scale();
        List<Trend> trends = new ArrayList<>();
        for (StandardChange c : comparison.changes()) {
            if (siteIds.contains(c.site().id())) {
                String change = c.steps().isEmpty() ? "not comparable" : c.steps().getAsInt() > 0
                        ? "better by " + c.steps().getAsInt() : c.steps().getAsInt() < 0
                        ? "worse by " + -c.steps().getAsInt() : "no change";
                trends.add(new Trend(name(c.site()), c.mode().code(), c.standardId(), nz(c.fromCycle()),
                        scale.describe(c.from()).label(), nz(c.toCycle()), scale.describe(c.to()).label(), change));
            }
        }
        return new ProgrammeOutcomes(readiness, verdicts, placements, trends);
    }

    private static String name(org.assessor.assessment.Site site) {
        return site.name() == null || site.name().isBlank() ? site.id() : site.name();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String words(String code) {
        String spaced = code.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The site ids of the heat-map rows {@code rows}. */
    static Set<String> sites(List<ProgrammeHeatMap.Row> rows) {
        return rows.stream().map(ProgrammeHeatMap.Row::siteId).collect(Collectors.toSet());
    }
}
