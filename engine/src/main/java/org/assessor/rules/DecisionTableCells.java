package org.assessor.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.decisiontable.InputType;
import org.drools.template.parser.DataListener;

/**
 * The text of every non-empty cell of a decision table, read with Drools' own spreadsheet
 * parser, so that a problem in a generated rule can be traced to the cell an auditor typed.
 * Rows are numbered from 1 and columns lettered from A, as spreadsheets show them; in a
 * workbook of several sheets, a cell reference means the first sheet that has that cell.
 * Immutable.
 */
public final class DecisionTableCells {
    /** No cells: for DRL files. */
    public static final DecisionTableCells NONE = new DecisionTableCells(Map.of());

    private final Map<Integer, List<Cell>> rows;

    /** One non-empty cell: 1-based row, 0-based column, and its text. */
    public record Cell(int row, int column, String value) {

        /** The spreadsheet reference, e.g. {@code E11}. */
        public String ref() {
            return columnName(column) + row;
        }
    }

    private DecisionTableCells(Map<Integer, List<Cell>> rows) {
        this.rows = rows;
    }

    /**
     * Reads the cells of a spreadsheet that Drools has already compiled; a spreadsheet it cannot
     * read gives {@link #NONE}, because cells only help to place problems.
     */
    static DecisionTableCells read(byte[] spreadsheet, InputType type) {
        Recorder recorder = new Recorder();
        try {
            type.createParser(recorder).parseFile(new ByteArrayInputStream(spreadsheet));
        } catch (RuntimeException unreadable) {
            return NONE;
        }
        Map<Integer, List<Cell>> rows = new TreeMap<>();
        recorder.cells.forEach((row, columns) -> {
            List<Cell> cells = new ArrayList<>();
            columns.forEach((column, value) -> cells.add(new Cell(row, column, value)));
            rows.put(row, List.copyOf(cells));
        });
        return new DecisionTableCells(rows);
    }

    /** The non-empty cells of row {@code row} (1-based), left to right. */
    public List<Cell> row(int row) {
        return rows.getOrDefault(row, List.of());
    }

    /** The letters of a 0-based column: 0 is A, 25 is Z, 26 is AA. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    /** Keeps the text of each cell, the first sheet's where sheets overlap. */
    private static final class Recorder implements DataListener {
        private final Map<Integer, Map<Integer, String>> cells = new TreeMap<>();

        @Override
        public void startSheet(String name) {
        }

        @Override
        public void finishSheet() {
        }

        @Override
        public void newRow(int row, int columns) {
        }

        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            if (value != null && !value.isBlank()) {
                cells.computeIfAbsent(row + 1, r -> new TreeMap<>()).putIfAbsent(column, value.strip());
            }
        }
    }
}
