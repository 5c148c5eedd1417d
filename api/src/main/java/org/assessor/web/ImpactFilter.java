package org.assessor.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assessor.app.ImpactQuery;

/**
 * Which stored assessments the impact page takes, as typed: a site id and a range of days (UTC,
 * both ends included); empty strings for no filter. A day that cannot be read, or a range that
 * ends before it starts, is an error at its field, and the impact is then worked out unfiltered
 * by day.
 *
 * @param site the site id, or empty
 * @param from the first day, {@code YYYY-MM-DD}, or empty
 * @param to   the last day, or empty
 */
public record ImpactFilter(String site, String from, String to) {

    static ImpactFilter of(String site, String from, String to) {
        return new ImpactFilter(trim(site), trim(from), trim(to));
    }

    /** The errors of this filter by field ({@code from}, {@code to}). */
    FormErrors errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate first = day(from, "from", errors);
        LocalDate last = day(to, "to", errors);
        if (first != null && last != null && first.isAfter(last)) {
            errors.put("to", "The last day must be the same as or after the first day");
        }
        return new FormErrors(errors);
    }

    /** The query this filter asks for; the days are left out if they are in error. */
    ImpactQuery query() {
        boolean days = !errors().any();
        return new ImpactQuery(site.isEmpty() ? null : site, days ? day(from, "from", new LinkedHashMap<>()) : null,
                days ? day(to, "to", new LinkedHashMap<>()) : null, ImpactQuery.DEFAULT_LIMIT);
    }

    /** {@code path} with this filter as its query, to come back to the same impact. */
    String link(String path) {
        StringBuilder query = new StringBuilder();
        for (String[] p : new String[][] {{"site", site}, {"from", from}, {"to", to}}) {
            if (!p[1].isEmpty()) {
                query.append(query.length() == 0 ? "?" : "&").append(p[0]).append('=')
                        .append(java.net.URLEncoder.encode(p[1], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return path + query;
    }

    /** True if any filter is given. */
    public boolean any() {
        return !(site.isEmpty() && from.isEmpty() && to.isEmpty());
    }

    private static LocalDate day(String text, String field, Map<String, String> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter the date as year-month-day, for example 2027-01-31");
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
