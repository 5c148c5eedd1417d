package org.assessor.api;

import java.time.LocalDate;
import java.util.List;
import org.assessor.app.Impact;

/**
 * The JSON of {@code GET /api/rulesets/{q}/{v}/impact}: how the ratings of stored assessments
 * would change if version {@code candidate} replaced the active one ({@code baseline}).
 *
 * @param questionnaireId the questionnaire
 * @param candidate       the version asked about
 * @param baseline        the active version, compared against
 * @param filter          which stored assessments were taken
 * @param assessments     how many were taken, evaluated, changed, skipped and failed
 * @param overall         how the overall rating would move
 * @param standards       every standard of the questionnaire, with how its rating would move
 * @param affected        the assessments whose ratings would change, newest first (at most the limit asked for)
 * @param truncated       true if more assessments would change than {@code affected} lists
 * @param skipped         assessments not compared, with the reason (another questionnaire version, a failed evaluation)
 * @param scope           what the candidate was rated on: the criteria it can rate differently (read from
 *                        the files; null if that cannot be told) and how many assessments were rated in full
 * @param elapsedMillis   how long the analysis took
 * @param perSecond       assessments analysed per second
 */
public record ImpactView(String questionnaireId, VersionRef candidate, VersionRef baseline, Filter filter,
                         Totals assessments, LevelImpact overall, List<StandardImpact> standards,
                         List<Affected> affected, boolean truncated, List<Skipped> skipped, Scope scope,
                         long elapsedMillis, double perSecond) {

    /** The view of {@code impact}. */
    public static ImpactView of(Impact impact) {
        Impact.Totals t = impact.assessments();
        return new ImpactView(impact.questionnaireId(), version(impact.candidate()), version(impact.baseline()),
                new Filter(impact.query().siteId(), impact.query().from(), impact.query().to()),
                new Totals(t.total(), t.evaluated(), t.changed(), t.unchanged(), t.skipped(), t.failed()),
                new LevelImpact(impact.overall().changed(), moves(impact.overall().moves())),
                impact.standards().stream().map(s -> new StandardImpact(s.id(), s.title(), s.changed(),
                        moves(s.moves()))).toList(),
                impact.affected().stream().map(a -> new Affected(a.id(), a.site(), a.ruleSetVersion(),
                        a.overall() == null ? null : new Change(a.overall().from(), a.overall().to()),
                        a.standards().stream().map(c -> new StandardChange(c.id(), c.from(), c.to())).toList()))
                        .toList(), impact.truncated(),
                impact.skipped().stream().map(s -> new Skipped(s.id(), s.site(), s.reason())).toList(),
                impact.scope() == null ? null : new Scope(impact.scope().criteria(), impact.scope().ratedInFull()),
                impact.elapsedMillis(), impact.perSecond());
    }

    private static VersionRef version(Impact.Version v) {
        return new VersionRef(v.version(), v.hash(), v.status());
    }

    private static List<Move> moves(List<Impact.Move> moves) {
        return moves.stream().map(m -> new Move(m.from(), m.to(), m.count())).toList();
    }

    /**
     * What the candidate was rated on: {@code criteria} are those it can rate differently from the
     * baseline ([] if none; null if the files do not tell, and every assessment was rated in full),
     * and {@code ratedInFull} how many assessments were rated in full under it; the others were
     * settled on those criteria alone.
     */
    public record Scope(List<String> criteria, long ratedInFull) {
    }

    /** A rule-set version taking part. */
    public record VersionRef(String version, String hash, String status) {
    }

    /** The assessments taken: one site's or all (null), created from and to (inclusive) these dates or any. */
    public record Filter(String site, LocalDate from, LocalDate to) {
    }

    /**
     * @param total     stored assessments of the questionnaire the filter selects
     * @param evaluated compared under both versions
     * @param changed   with at least one standard or the overall rating different
     * @param unchanged with every standard and the overall rating the same
     * @param skipped   not compared: they answered another questionnaire version than the candidate rates
     * @param failed    the candidate's evaluation failed (a rule threw or overran its limits)
     */
    public record Totals(long total, long evaluated, long changed, long unchanged, long skipped, long failed) {
    }

    /** How many ratings would move from one value to another. */
    public record Move(String from, String to, long count) {
    }

    /** How the overall rating would move: how many assessments, and in which directions. */
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
     * @param overall   the overall rating's change; absent if it would stay
     * @param standards each standard that would change
     */
    public record Affected(String id, String site, String ruleSetVersion, Change overall,
                           List<StandardChange> standards) {
    }

    /** An assessment not compared, and why. */
    public record Skipped(String id, String site, String reason) {
    }
}
