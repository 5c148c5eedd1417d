package org.assessor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the programme dashboard's heat-map rows from its HTML, and the comparison CSV's rows, in
 * the same shape: each assessment's id with its standards' rating codes, in the order shown.
 */
final class ProgrammeHeatMapRows {
    private static final Pattern ROW = Pattern.compile("data-assessment=\"/results/([^\"]+)\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("assessor-heat assessor-heat--([a-z-]+)\"");

    private ProgrammeHeatMapRows() {
    }

    /** The heat-map's rows on {@code html}: assessment id → rating codes. */
    static Map<String, List<String>> ofPage(String html) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            List<String> codes = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                codes.add(cell.group(1));
            }
            rows.put(row.group(1), codes);
        }
        return rows;
    }

    /** The CSV's rows grouped by assessment (column 3), each with its rating codes (column 10). */
    static Map<String, List<String>> ofCsv(String csv) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        List<List<String>> records = records(csv);
        for (List<String> record : records.subList(1, records.size())) {
            rows.computeIfAbsent(record.get(2), k -> new ArrayList<>()).add(record.get(9));
        }
        return rows;
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> records(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }
}
