package org.assessor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.assessor.comparison.Comparison;
import org.assessor.comparison.Levels;
import org.assessor.comparison.Pooled;
import org.assessor.comparison.PooledItem;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;

/**
 * The programme's pooled percentages (the E-MHIP "Table 5" view) at one level, standards or
 * criteria: per standard and overall, how many items have each rated level, as a count and a
 * whole percentage of the denominator (the rated items: not-applicable and not-rated never enter
 * it). Pooled over every assessment the filter selects, not only the heat-map's page.
 *
 * @param level   "standard" or "criterion"
 * @param caption what the table shows, in words
 * @param levels  the rated levels of the scale, best first: the columns
 * @param rows    one row per standard, then the overall row
 */
public record ProgrammePooled(String level, String caption, List<RatingScale.Level> levels, List<Row> rows) {

    /** One standard's (or the overall) row: a figure per level and the denominator. */
    public record Row(String label, boolean overall, List<Figure> figures, int denominator) {
    }

    /** One level's count and its whole percentage ("–" when nothing was rated). */
    public record Figure(int count, String percent) {
    }

    /** The standard-level table of {@code comparison}. */
    public static ProgrammePooled standards(Comparison comparison) {
        return of(comparison, "standard", "Standard-level ratings: each assessment's rating of each standard",
                Levels::standardLevel);
    }

    /** The criterion-level table of {@code comparison}. */
    public static ProgrammePooled criteria(Comparison comparison) {
        return of(comparison, "criterion", "Criterion-level ratings: every criterion of each standard, in every assessment",
                Levels::criterionLevel);
    }

    private static ProgrammePooled of(Comparison comparison, String level, String caption,
                                      Function<Levels, Pooled> pick) {
        RatingScale scale = comparison.questionnaire().scale();
        List<RatingScale.Level> levels = scale.rated().stream().map(scale::describe).toList();
        List<Row> rows = new ArrayList<>();
        for (PooledItem standard : comparison.standards()) {
            rows.add(row(standard.id() + " " + standard.title(), false, pick.apply(standard.levels()), scale));
        }
        rows.add(row("All standards", true, pick.apply(comparison.overall()), scale));
        return new ProgrammePooled(level, caption, levels, rows);
    }

    private static Row row(String label, boolean overall, Pooled pooled, RatingScale scale) {
        List<Figure> figures = new ArrayList<>();
        for (Rating rating : scale.rated()) {
            var percent = pooled.wholePercent(rating);
            figures.add(new Figure(pooled.counts().get(rating), percent.isPresent() ? percent.getAsInt() + "%" : "–"));
        }
        return new Row(label, overall, figures, pooled.rated());
    }
}
