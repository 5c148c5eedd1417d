package org.assessor.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Reads a file of invitees: UTF-8 CSV (a byte-order mark, as spreadsheets write, is fine) with a
 * header naming the columns {@code role} (required), {@code name} and {@code email} (optional, in
 * any order). Fields may be quoted ({@code "Smith, Jane"}, {@code ""} for a quote); blank lines
 * are skipped; an empty name or e-mail means none. Every row's problems are collected, so that
 * the whole file can be fixed at once.
 */
final class InviteesCsv {
    private static final List<String> COLUMNS = List.of("role", "name", "email");

    private InviteesCsv() {
    }

    /** One invitee, with the line of the file it starts on. */
    record Row(int line, String role, String name, String email) {
    }

    /** Thrown when the file cannot be read or is not a file of invitees; each problem names its line. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        Invalid(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    static List<Row> read(Path file) throws Invalid {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new Invalid(List.of(file + ": no such file"));
        } catch (CharacterCodingException e) {
            throw new Invalid(List.of(file + ": not UTF-8 text; save it as 'CSV UTF-8'"));
        } catch (IOException e) {
            throw new Invalid(List.of(file + ": cannot be read (" + e.getMessage() + ")"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> problems = new ArrayList<>();
        List<Record> records = records(file, text, problems);
        if (records.isEmpty()) {
            problems.add(file + ": empty; the first line names the columns, e.g. role,name,email");
            throw new Invalid(problems);
        }
        Record header = records.get(0);
        List<String> columns = header.fields().stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        for (String column : new LinkedHashSet<>(columns)) {
            if (!COLUMNS.contains(column)) {
                problems.add(file + ":" + header.line() + ": unknown column '" + column + "'; the columns are "
                        + String.join(", ", COLUMNS) + (column.contains(";") ? " separated by commas" : ""));
            } else if (columns.indexOf(column) != columns.lastIndexOf(column)) {
                problems.add(file + ":" + header.line() + ": column '" + column + "' appears twice");
            }
        }
        if (!columns.contains("role")) {
            problems.add(file + ":" + header.line() + ": no 'role' column; the first line names the columns, e.g."
                    + " role,name,email");
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        List<Row> rows = new ArrayList<>();
        for (Record r : records.subList(1, records.size())) {
            if (r.fields().size() > columns.size()) {
                problems.add(file + ":" + r.line() + ": " + r.fields().size() + " fields, but the header names "
                        + columns.size() + " columns (quote a field with a comma in it: \"Smith, Jane\")");
                continue;
            }
            String role = field(r, columns, "role");
            if (role == null) {
                problems.add(file + ":" + r.line() + ": no role");
                continue;
            }
            rows.add(new Row(r.line(), role, field(r, columns, "name"), field(r, columns, "email")));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(file + ": no invitees below the header");
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return rows;
    }

    /** The trimmed field of {@code column}; null if the row has none or it is empty. */
    private static String field(Record r, List<String> columns, String column) {
        int i = columns.indexOf(column);
        if (i < 0 || i >= r.fields().size()) {
            return null;
        }
        String value = r.fields().get(i).trim();
        return value.isEmpty() ? null : value;
    }

    /** A record of the file and the line it starts on; quoted fields may span lines. */
    private record Record(int line, List<String> fields) {
    }

    private static List<Record> records(Path file, String text, List<String> problems) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                add(records, start, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                line++;
                start = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            problems.add(file + ":" + start + ": a quoted field is not closed");
        }
        fields.add(field.toString());
        add(records, start, fields);
        return records;
    }

    private static void add(List<Record> records, int line, List<String> fields) {
        if (fields.stream().anyMatch(f -> !f.isBlank())) {
            records.add(new Record(line, List.copyOf(fields)));
        }
    }
}
