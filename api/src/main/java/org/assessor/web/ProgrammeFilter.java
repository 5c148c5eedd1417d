package org.assessor.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assessor.Ids;
import org.assessor.comparison.ComparisonFilter;
import org.assessor.comparison.ComparisonFilterInvalid;

/**
 * The programme dashboard's filter, read from the query of a GET form: questionnaire, rule-set
 * version, cycle, from and to ({@code YYYY-MM-DD}, inclusive) and the page of the heat-map. The
 * same filter applies to everything on the page and to its downloads ({@link #query()}).
 *
 * @param values     what was sent (trimmed), by field id, to show back in the form
 * @param errors     what is wrong with it, by field id; empty when the filter is usable
 * @param comparison the comparison filter; null when there are errors
 * @param page       the heat-map page asked for, from 1 (out-of-range numbers become 1)
 */
public record ProgrammeFilter(Map<String, String> values, FormErrors errors, ComparisonFilter comparison, int page) {
    /** The filter's fields, in the order of the form. */
    public static final List<String> FIELDS = List.of("questionnaire", "ruleSetVersion", "cycle", "from", "to");

    public ProgrammeFilter {
        values = Map.copyOf(values);
    }

    /**
     * The filter of {@code query}; {@code defaultQuestionnaire} when none is chosen.
     * {@code known} says which questionnaire ids exist.
     */
    public static ProgrammeFilter of(MultivaluedMap<String, String> query, String defaultQuestionnaire,
                                     java.util.function.Predicate<String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = query.getFirst(field);
            values.put(field, value == null ? "" : value.trim());
        }
        if (values.get("questionnaire").isEmpty()) {
            values.put("questionnaire", defaultQuestionnaire);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String questionnaire = values.get("questionnaire");
        if (!Ids.isValid(questionnaire) || !known.test(questionnaire)) {
            errors.put("questionnaire", "Choose a questionnaire from the list");
        }
        String version = id(values.get("ruleSetVersion"), "ruleSetVersion", "Enter a rule-set version like 1.0.0", errors);
        String cycle = id(values.get("cycle"), "cycle", "Enter a cycle like baseline, in letters, digits, '.', '_' or '-'",
                errors);
        LocalDate from = date(values.get("from"), "from", errors);
        LocalDate to = date(values.get("to"), "to", errors);
        ComparisonFilter filter = null;
        if (errors.isEmpty()) {
            try {
                filter = ComparisonFilter.of(questionnaire).ruleSetVersion(version).between(from, to).cycle(cycle);
            } catch (ComparisonFilterInvalid e) {
                errors.put("to", "The 'to' date must be the same as or after the 'from' date");
            }
        }
        return new ProgrammeFilter(values, new FormErrors(errors), errors.isEmpty() ? filter : null,
                page(query.getFirst("page")));
    }

    /** This filter with {@code message} shown at {@code field} (and no comparison). */
    public ProgrammeFilter withError(String field, String message) {
        Map<String, String> all = new LinkedHashMap<>(errors.byField());
        all.put(field, message);
        return new ProgrammeFilter(values, new FormErrors(all), null, page);
    }

    /** The value sent for {@code field}, or "". */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The filter as a query string (without the page and without "?"), for the downloads and the pages' links. */
    public String query() {
        return FIELDS.stream().filter(f -> !value(f).isEmpty())
                .map(f -> f + "=" + URLEncoder.encode(value(f), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String id(String value, String field, String message, Map<String, String> errors) {
        if (value.isEmpty()) {
            return null;
        }
        if (!Ids.isValid(value)) {
            errors.put(field, message);
            return null;
        }
        return value;
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter the '" + field + "' date as year, month and day, like 2026-03-31");
            return null;
        }
    }

    private static int page(String value) {
        if (value == null || !value.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(value));
    }
}
