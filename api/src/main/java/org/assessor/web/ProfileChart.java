package org.assessor.web;

import java.util.ArrayList;
import java.util.List;
import org.assessor.core.RatingScale;
import org.assessor.result.AssessmentResult;
import org.assessor.result.CriterionResult;
import org.assessor.result.StandardResult;

/**
 * The result's profile as a server-side SVG picture: one row per standard, a box with the
 * standard's rating as its letter on the questionnaire's scale (M, P, N on the met scale) as well as a colour, and a bar of its criteria
 * split by rating, each part labelled with its count and letter, so the picture reads without
 * colour. The page gives the same figures as a table; the picture has a title and a description.
 */
public record ProfileChart(int width, int height, List<Row> rows) {
    private static final int ROW = 28;
    private static final int LABEL = 260;
    private static final int BAR = 300;

    /** One standard's row: its label, rating letter and code, and the parts of its bar. */
    public record Row(int y, String label, String letter, String code, List<Part> parts) {
    }

    /** One part of a bar: where it starts, how wide it is, its rating code and its text (e.g. "3 M"). */
    public record Part(int x, int width, String code, String text) {
    }

    /** The chart of {@code result}. */
    public static ProfileChart of(AssessmentResult result) {
        List<Row> rows = new ArrayList<>();
        RatingScale scale = result.questionnaire().scale();
        int y = 0;
        for (var section : result.sections()) {
            for (StandardResult standard : section.standards()) {
                rows.add(row(standard, scale, y));
                y += ROW;
            }
        }
        return new ProfileChart(LABEL + 60 + BAR, Math.max(ROW, y), rows);
    }

    private static Row row(StandardResult standard, RatingScale scale, int y) {
        int total = standard.criteria().size();
        List<Part> parts = new ArrayList<>();
        int x = LABEL + 60;
        for (RatingScale.Level level : scale.levels()) {
            long n = standard.criteria().stream().map(CriterionResult::rating).filter(level.rating()::equals).count();
            if (n > 0) {
                int w = (int) Math.max(24, BAR * n / Math.max(1, total));
                parts.add(new Part(x, w, level.code(), n + " " + level.letter()));
                x += w;
            }
        }
        String label = standard.id() + " " + (standard.title().length() > 34 ? standard.title().substring(0, 33) + "…"
                : standard.title());
        return new Row(y, label, scale.describe(standard.rating()).letter(), standard.rating().code(), parts);
    }
}
