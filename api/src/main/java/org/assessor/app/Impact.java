package org.assessor.app;

import java.util.List;

/**
 * What an impact analysis found: how the ratings of stored assessments would change if version
 * {@code candidate} replaced the active one ({@code baseline}). Rating values are rating codes.
 *
 * @param questionnaireId the questionnaire
 * @param candidate       the version asked about
 * @param baseline        the active version, compared against
 * @param query           which stored assessments were taken
 * @param assessments     how many were taken, evaluated, changed, skipped and failed
 * @param overall         how the overall rating would move
 * @param standards       every standard of the questionnaire, in its order, with how its rating would move
 * @param affected        the assessments whose ratings would change, newest first (at most the query's limit)
 * @param truncated       true if more assessments would change than {@code affected} lists
 * @param skipped         assessments not compared, with the reason, newest first (at most 100)
 * @param scope           what the candidate was rated on; null when every assessment was evaluated in full
 *                        under both versions ({@link ImpactAnalysis#full()})
 * @param elapsedMillis   how long the analysis took
 * @param perSecond       assessments analysed per second, to one decimal
 */
public record Impact(String questionnaireId, Version candidate, Version baseline, ImpactQuery query,
                     Totals assessments, LevelImpact overall, List<StandardImpact> standards,
                     List<Affected> affected, boolean truncated, List<Skipped> skipped, Scope scope, long elapsedMillis,
                     double perSecond) {

    /** A rule-set version taking part, with its status ({@code draft}, {@code active}, ...). */
    public record Version(String version, String hash, String status) {
    }

    /**
     * @param total     stored assessments of the questionnaire the query selects
     * @param evaluated compared under both versions
     * @param changed   with at least one standard or the overall rating different
     * @param unchanged with every standard and the overall rating the same
     * @param skipped   not compared: they answered another questionnaire version than the candidate or the
     *                  active version rates
     * @param failed    the candidate's evaluation failed (a rule threw or overran its limits)
     */
    public record Totals(long total, long evaluated, long changed, long unchanged, long skipped, long failed) {
    }

    /**
     * What the candidate was rated on.
     *
     * @param criteria    the criteria it can rate differently from the baseline, as read from the two
     *                    versions' files (empty: it rates everything alike), in questionnaire order;
     *                    null where that cannot be told and every assessment was rated in full
     * @param ratedInFull how many assessments were rated in full under the candidate; the others
     *                    were settled on those criteria alone (or needed no evaluation)
     */
    public record Scope(List<String> criteria, long ratedInFull) {
    }

    /** How many ratings would move from one value to another. */
    public record Move(String from, String to, long count) {
    }

    /** How the overall rating would move: how many assessments, and in which directions (most first). */
    public record LevelImpact(long changed, List<Move> moves) {
    }

    /** How one standard's rating would move. */
    public record StandardImpact(String id, String title, long changed, List<Move> moves) {
    }

    /** One rating that would change. */
    public record Change(String from, String to) {
    }

    /** A standard whose rating would change. */
    public record StandardChange(String id, String from, String to) {
    }

    /**
     * An assessment whose ratings would change.
     *
     * @param overall   the overall rating's change; null if it would stay
     * @param standards each standard that would change
     */
    public record Affected(String id, String site, String ruleSetVersion, Change overall,
                           List<StandardChange> standards) {
    }

    /** An assessment not compared, and why. */
    public record Skipped(String id, String site, String reason) {
    }
}
