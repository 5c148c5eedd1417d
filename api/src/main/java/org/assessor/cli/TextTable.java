package org.assessor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows printed as columns as wide as their widest cell, two spaces apart, for people; the last
 * column is not padded, and the columns named numeric are right-aligned.
 */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] numeric;
    private final String indent;

    /** A table whose rows start with {@code indent}; {@code numeric[i]} right-aligns column {@code i}. */
    TextTable(String indent, boolean... numeric) {
        this.indent = indent;
        this.numeric = numeric;
    }

    TextTable row(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = String.valueOf(cells[i]);
        }
        rows.add(row);
        return this;
    }

    void print(PrintWriter out) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.length; i++) {
                boolean right = i < numeric.length && numeric[i];
                boolean last = i == row.length - 1;
                String pad = " ".repeat(width[i] - row[i].length());
                line.append(right ? pad + row[i] : last ? row[i] : row[i] + pad).append(last ? "" : "  ");
            }
            out.println(line);
        }
    }
}
