package org.assessor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A rule set's threshold table ({@code 20-thresholds.csv}) as the threshold form edits it: its
 * header and rows of cells. The criterion column (the first) is never edited; every other cell
 * is, as the form field {@code cell-<row>-<column>}.
 *
 * @param file   the table's file name
 * @param header the column names
 * @param rows   the rows, each as many cells as the header
 */
public record ThresholdForm(String file, List<String> header, List<List<String>> rows) {

    /** The table in {@code text} (RFC 4180 CSV: quoted cells may hold commas, quotes and line breaks). */
    static ThresholdForm parse(String file, String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(cells);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            lines.add(cells);
        }
        lines.removeIf(l -> l.size() == 1 && l.get(0).isBlank());
        List<String> header = lines.isEmpty() ? List.of() : List.copyOf(lines.get(0));
        List<List<String>> rows = lines.stream().skip(1).map(l -> padded(l, header.size())).toList();
        return new ThresholdForm(file, header, rows);
    }

    /** This table with every editable cell taken from {@code form} (a cell not sent stays as it was). */
    ThresholdForm edited(Map<String, String> form) {
        List<List<String>> edited = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = new ArrayList<>(rows.get(r));
            for (int c = 1; c < row.size(); c++) {
                String sent = form.get(field(r, c));
                if (sent != null) {
                    row.set(c, sent.trim());
                }
            }
            edited.add(row);
        }
        return new ThresholdForm(file, header, edited);
    }

    /** The table as CSV, cells quoted where they need it, one line a row ending in a line break. */
    String csv() {
        StringBuilder out = new StringBuilder(line(header));
        rows.forEach(r -> out.append(line(r)));
        return out.toString();
    }

    /** The form field of the cell at {@code row}, {@code column}. */
    public static String field(int row, int column) {
        return "cell-" + row + "-" + column;
    }

    private static String line(List<String> cells) {
        return cells.stream().map(c -> c.matches(".*[\",\r\n].*") || c.contains("\n")
                ? "\"" + c.replace("\"", "\"\"") + "\"" : c).collect(Collectors.joining(",")) + "\n";
    }

    private static List<String> padded(List<String> cells, int size) {
        List<String> row = new ArrayList<>(cells);
        while (row.size() < size) {
            row.add("");
        }
        return List.copyOf(row);
    }
}
