package org.assessor.web;

import java.util.List;
import java.util.stream.Collectors;
import org.assessor.app.Impact;

/**
 * The page model of a version's impact: how the ratings of stored assessments would move if it
 * replaced the active version, per standard and overall, and the assessments that would move.
 *
 * @param row    the version asked about
 * @param impact what the analysis found
 * @param filter which stored assessments were taken, as typed
 * @param errors the filter's errors
 */
public record ImpactPage(RuleSetList.Row row, Impact impact, ImpactFilter filter, FormErrors errors) {

    /** The moves in words, e.g. "2 from partly-met to met; 1 from met to not-met"; "none" if none. */
    public static String moves(List<Impact.Move> moves) {
        return moves.isEmpty() ? "none" : moves.stream().map(m -> m.count() + " from " + m.from() + " to " + m.to())
                .collect(Collectors.joining("; "));
    }

    /** One affected assessment's standards' changes in words. */
    public static String standards(Impact.Affected a) {
        return a.standards().isEmpty() ? "none" : a.standards().stream()
                .map(s -> s.id() + ": " + s.from() + " to " + s.to()).collect(Collectors.joining("; "));
    }

    /** One affected assessment's overall change in words. */
    public static String overall(Impact.Affected a) {
        return a.overall() == null ? "unchanged" : a.overall().from() + " to " + a.overall().to();
    }

    /**
     * What the candidate was rated on, in words: the criteria it can rate differently, as read from
     * the files, and how many assessments were rated in full; or that the files could not tell.
     */
    public String scope() {
        Impact.Scope scope = impact.scope();
        if (scope == null || scope.criteria() == null) {
            return "Which criteria this version rates differently cannot be told from its files, so every assessment"
                    + " was rated in full under it.";
        }
        if (scope.criteria().isEmpty()) {
            return "This version rates every answer and criterion as the active one does: only its notes, tests"
                    + " or actions differ.";
        }
        List<String> criteria = scope.criteria();
        return "Only " + (criteria.size() == 1 ? "criterion " : "criteria ") + String.join(", ", criteria)
                + " can be rated differently by this version (read from its files). " + scope.ratedInFull() + " of "
                + impact.assessments().total() + " assessments were rated in full; the others on "
                + (criteria.size() == 1 ? "that criterion" : "those criteria") + " alone.";
    }

    /** How many stored ratings (standards' and overall) would move in all. */
    public long ratingsMoving() {
        return impact.overall().changed() + impact.standards().stream().mapToLong(Impact.StandardImpact::changed).sum();
    }
}
