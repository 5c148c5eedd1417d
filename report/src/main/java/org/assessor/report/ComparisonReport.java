package org.assessor.report;

import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assessor.comparison.Comparison;
import org.assessor.comparison.MatrixRow;

/**
 * The PDF report of a commissioner's comparison, on landscape pages: what was compared (the
 * questionnaire, the one rule-set version, how many assessments and sites, dates, cycles); the
 * site × standard heatmap; Table 5 style tables of pooled counts and percentages at criterion and
 * standard level; readiness placements when the results carry them; and change across cycles and
 * self-assessment against peer review when there are any. Every page is numbered "page X of Y".
 * Stateless and thread-safe.
 */
public final class ComparisonReport {
    private ComparisonReport() {
    }

    /**
     * Writes the report of {@code comparison} to {@code out} as PDF. {@code out} is flushed, not closed.
     *
     * @throws ReportFailed if {@code out} fails
     */
    public static void write(Comparison comparison, OutputStream out) {
        String version = comparison.ruleSet() == null ? "no rule set" : "rule set " + comparison.ruleSet().version();
        String footer = "Comparison · " + comparison.questionnaire().id() + " · " + version + " · "
                + comparison.matrix().size() + " assessments";
        try (ReportDocument doc = new ReportDocument(out, PageSize.A4.rotate(),
                "Comparison report: " + comparison.questionnaire().id(), footer, comparison.questionnaire().scale())) {
            doc.title("Comparison report");
            doc.add(details(doc.cells, comparison));
            if (comparison.matrix().isEmpty()) {
                doc.text("No assessment matched this comparison, so there is nothing to compare.");
                return;
            }
            Heatmap.write(doc, comparison);
            PooledTables.write(doc, comparison);
            if (!comparison.readiness().isEmpty()) {
                ReadinessTables.write(doc, comparison.readiness());
            }
            TrendTables.write(doc, comparison);
        } catch (ExceptionConverter e) {
            throw new ReportFailed("cannot write the comparison report: " + e.getMessage(), e.getException());
        }
    }

    /** The report of {@code comparison} as PDF bytes. */
    public static byte[] toPdf(Comparison comparison) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(comparison, out);
        return out.toByteArray();
    }

    /** The day of {@code instant} in UTC, e.g. {@code 2026-03-01}. */
    static String day(Instant instant) {
        return instant == null ? "" : instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static PdfPTable details(Cells cells, Comparison c) {
        PdfPTable table = Cells.table(22, 78);
        table.setHeaderRows(0);
        row(table, cells, "Questionnaire", c.questionnaire().title() == null ? c.questionnaire().id()
                : c.questionnaire().title() + "  (" + c.questionnaire().id() + " " + c.questionnaire().version() + ")");
        row(table, cells, "Rule set", c.ruleSet() == null ? "none: no assessment matched"
                : "version " + c.ruleSet().version() + ", content " + c.ruleSet().hash());
        row(table, cells, "Assessments", c.matrix().size() + " assessments of " + c.matrix().stream()
                .map(r -> r.site().id()).distinct().count() + " sites");
        if (!c.matrix().isEmpty()) {
            Instant first = c.matrix().stream().map(MatrixRow::evaluatedAt).min(Comparator.naturalOrder()).orElseThrow();
            Instant last = c.matrix().stream().map(MatrixRow::evaluatedAt).max(Comparator.naturalOrder()).orElseThrow();
            row(table, cells, "Assessed", day(first) + " to " + day(last));
            row(table, cells, "Cycles", c.matrix().stream().map(MatrixRow::cycle).filter(Objects::nonNull).distinct()
                    .collect(Collectors.joining(", ")));
            row(table, cells, "Modes", c.matrix().stream().map(r -> r.mode().code()).distinct()
                    .collect(Collectors.joining(", ")));
        }
        return table;
    }

    private static void row(PdfPTable table, Cells cells, String label, String value) {
        table.addCell(cells.strong(label, Palette.BAND));
        table.addCell(cells.name(value));
    }
}
