package org.assessor.comparison;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.assessor.result.AssessmentResult;
import org.assessor.result.RatingsSnapshot;

/**
 * Which results a comparison takes: those of one questionnaire, optionally only some sites, one
 * rule-set version, a date range and one cycle label. Every condition given must hold; a
 * condition left empty or null selects everything.
 *
 * @param questionnaireId the questionnaire compared; required
 * @param sites           the site ids to keep; empty for every site
 * @param ruleSetVersion  the rule-set version to keep; null for any (mixing is still refused, see
 *                        {@link Comparisons})
 * @param from            the first day kept (inclusive, UTC) of {@code evaluatedAt}; null for no lower bound
 * @param to              the last day kept (inclusive, UTC); null for no upper bound
 * @param cycle           the cycle label to keep, e.g. {@code baseline}; null for every cycle
 */
public record ComparisonFilter(String questionnaireId, Set<String> sites, String ruleSetVersion, LocalDate from,
                               LocalDate to, String cycle) {

    /**
     * @throws ComparisonFilterInvalid if the questionnaire is missing or the range ends before it starts
     */
    public ComparisonFilter {
        if (questionnaireId == null || questionnaireId.isBlank()) {
            throw new ComparisonFilterInvalid("questionnaire", "a comparison needs the questionnaire to compare");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new ComparisonFilterInvalid("to", "the date range ends (" + to + ") before it starts (" + from + ")");
        }
        sites = Set.copyOf(Objects.requireNonNullElse(sites, Set.of()));
    }

    /** Every result of {@code questionnaireId}. */
    public static ComparisonFilter of(String questionnaireId) {
        return new ComparisonFilter(questionnaireId, Set.of(), null, null, null, null);
    }

    /** This filter, keeping only {@code siteIds} (all sites when empty). */
    public ComparisonFilter sites(Collection<String> siteIds) {
        return new ComparisonFilter(questionnaireId, Set.copyOf(siteIds), ruleSetVersion, from, to, cycle);
    }

    /** This filter, keeping only rule-set version {@code version} (any when null). */
    public ComparisonFilter ruleSetVersion(String version) {
        return new ComparisonFilter(questionnaireId, sites, version, from, to, cycle);
    }

    /** This filter, keeping only results evaluated from {@code first} to {@code last}, both inclusive (null: open). */
    public ComparisonFilter between(LocalDate first, LocalDate last) {
        return new ComparisonFilter(questionnaireId, sites, ruleSetVersion, first, last, cycle);
    }

    /** This filter, keeping only cycle {@code label} (every cycle when null). */
    public ComparisonFilter cycle(String label) {
        return new ComparisonFilter(questionnaireId, sites, ruleSetVersion, from, to, label);
    }

    /** True if {@code result} passes every condition of this filter. */
    public boolean test(AssessmentResult result) {
        return test(RatingsSnapshot.of(result));
    }

    /** True if the assessment rated {@code result} passes every condition of this filter. */
    public boolean test(RatingsSnapshot result) {
        LocalDate day = result.evaluatedAt().atZone(ZoneOffset.UTC).toLocalDate();
        return result.questionnaire().id().equals(questionnaireId)
                && (sites.isEmpty() || sites.contains(result.site().id()))
                && (ruleSetVersion == null || ruleSetVersion.equals(result.ruleSet().version()))
                && (from == null || !day.isBefore(from))
                && (to == null || !day.isAfter(to))
                && (cycle == null || cycle.equals(result.cycle()));
    }
}
