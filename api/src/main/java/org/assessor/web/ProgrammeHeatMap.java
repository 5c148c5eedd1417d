package org.assessor.web;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assessor.comparison.Comparison;
import org.assessor.comparison.MatrixRow;
import org.assessor.comparison.PooledItem;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;

/**
 * One page of the programme's site × standard heat-map: a row per assessment compared (the rows
 * of {@link Comparison#matrix()}, in its order: by site, then time), a column per standard. Each
 * cell shows the rating's letter on the questionnaire's scale, a colour class and the full word
 * for screen readers, and links to that standard on the assessment's result page.
 *
 * @param standards the columns, in questionnaire order
 * @param rows      the rows of this page
 * @param page      this page, from 1
 * @param pages     how many pages there are (at least 1)
 * @param total     how many rows there are on every page together
 * @param legend    each level of the scale, for the key
 */
public record ProgrammeHeatMap(List<Column> standards, List<Row> rows, int page, int pages, int total,
                               List<RatingScale.Level> legend) {
    /** Rows per page: pooling is over every row; only showing is paged. */
    public static final int PAGE_SIZE = 50;

    /** A standard's column. */
    public record Column(String id, String title) {
    }

    /** One assessment's row; {@code link} its result page, or null for a result never stored. */
    public record Row(String siteName, String siteId, String link, String cycle, String date, String mode,
                      List<Cell> cells) {
    }

    /**
     * One standard's cell.
     *
     * @param letter the rating's letter, e.g. {@code P}
     * @param words  the rating's label, e.g. {@code Partly met}
     * @param code   the rating's code, for the colour class
     * @param low    whether the respondents agreed less than the rule set's threshold
     * @param link   the standard on the result page, or null
     */
    public record Cell(String letter, String words, String code, boolean low, String link) {
    }

    /** Page {@code page} of the heat-map of {@code comparison} (the last page if past it). */
    public static ProgrammeHeatMap of(Comparison comparison, int page) {
        RatingScale scale = comparison.questionnaire().scale();
        List<Column> columns = comparison.standards().stream().map(s -> new Column(s.id(), s.title())).toList();
        int total = comparison.matrix().size();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(page, pages);
        List<Row> rows = new ArrayList<>();
        for (MatrixRow row : comparison.matrix().subList((current - 1) * PAGE_SIZE, Math.min(total, current * PAGE_SIZE))) {
            rows.add(row(row, comparison.standards(), scale));
        }
        return new ProgrammeHeatMap(columns, rows, current, pages, total, scale.levels());
    }

    /** True if any row on this page has a standard with low agreement (the legend then explains "*"). */
    public boolean anyLow() {
        return rows.stream().anyMatch(r -> r.cells().stream().anyMatch(Cell::low));
    }

    private static Row row(MatrixRow row, List<PooledItem> standards, RatingScale scale) {
        String link = row.assessment() == null ? null : "/results/" + row.assessment();
        List<String> low = row.lowAgreement();
        List<Cell> cells = new ArrayList<>();
        for (PooledItem standard : standards) {
            Rating rating = row.rating(standard.id(), scale.notRated());
            RatingScale.Level level = scale.describe(rating);
            cells.add(new Cell(level.letter(), level.label(), rating.code(), low.contains(standard.id()),
                    link == null ? null : link + "#standard-" + standard.id()));
        }
        String name = row.site().name() == null || row.site().name().isBlank() ? row.site().id() : row.site().name();
        return new Row(name, row.site().id(), link, row.cycle() == null ? "" : row.cycle(),
                row.evaluatedAt().atZone(ZoneOffset.UTC).toLocalDate().toString(), row.mode().code(), cells);
    }
}
