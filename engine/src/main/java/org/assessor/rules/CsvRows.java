package org.assessor.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain CSV tables of a rule set ({@code policy.csv}, threshold tables): comma
 * separated, fields optionally in double quotes (a quote inside doubled), one row per line,
 * blank lines skipped. Cells are trimmed.
 */
final class CsvRows {

    /** One row: its 1-based line in the file and its cells. */
    record Row(int line, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }

        /** Cell {@code i}, or "" if the row is shorter. */
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    private CsvRows() {
    }

    /**
     * The rows of {@code text}.
     *
     * @throws IllegalArgumentException naming the line, if a quoted field is never closed
     */
    static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(rows, cells, cell, rowLine);
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + rowLine + ": a quoted cell is never closed");
        }
        end(rows, cells, cell, rowLine);
        return rows;
    }

    private static void end(List<Row> rows, List<String> cells, StringBuilder cell, int line) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
        if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
            rows.add(new Row(line, cells));
        }
        cells.clear();
    }
}
