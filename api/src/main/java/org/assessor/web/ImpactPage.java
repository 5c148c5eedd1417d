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

    /** How many stored ratings (standards' and overall) would move in all. */
    public long ratingsMoving() {
        return impact.overall().changed() + impact.standards().stream().mapToLong(Impact.StandardImpact::changed).sum();
    }
}
