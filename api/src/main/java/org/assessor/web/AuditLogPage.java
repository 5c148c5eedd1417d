package org.assessor.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.store.AuditAction;
import org.assessor.store.AuditEntry;

/**
 * The page model of {@code /audit}: the audit log, newest first, filtered by questionnaire,
 * action and a range of days (UTC, both ends included), {@value #SIZE} entries a page.
 *
 * @param questionnaires the questionnaire ids to filter by
 * @param actions        the action codes to filter by
 * @param filter         the filter as asked
 * @param errors         the filter's errors ({@code from}, {@code to}); the log is shown unfiltered by day then
 * @param entries        this page's entries
 * @param page           this page's number, from 1
 * @param more           true if there is a next (older) page
 */
public record AuditLogPage(List<String> questionnaires, List<String> actions, Filter filter, FormErrors errors,
                           List<Row> entries, int page, boolean more) {
    static final int SIZE = 25;

    /** What the log is filtered by; empty strings for no filter. */
    public record Filter(String questionnaire, String action, String from, String to) {
        String query(int page) {
            return "?questionnaire=" + enc(questionnaire) + "&action=" + enc(action) + "&from=" + enc(from) + "&to="
                    + enc(to) + "&page=" + page;
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    /** One entry as the page shows it. */
    public record Row(String at, String actor, String action, String questionnaire, String version, String hash,
                      String assessment, String detail) {
    }

    static AuditLogPage of(List<AuditEntry> log, List<String> questionnaires, Filter filter, int page) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = day(filter.from(), "from", errors);
        LocalDate to = day(filter.to(), "to", errors);
        List<AuditEntry> kept = log.stream()
                .filter(e -> filter.questionnaire().isEmpty() || e.questionnaireId().equals(filter.questionnaire()))
                .filter(e -> filter.action().isEmpty() || e.action().code().equals(filter.action()))
                .filter(e -> from == null || !e.at().isBefore(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .filter(e -> to == null || e.at().isBefore(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .toList();
        int first = Math.min((page - 1) * SIZE, kept.size());
        List<Row> rows = kept.subList(first, Math.min(first + SIZE, kept.size())).stream().map(e -> new Row(
                Dates.day(e.at()), e.actor(), e.action().code(), e.questionnaireId(), e.version(), e.hash(),
                e.assessmentId() == null ? "" : e.assessmentId(), e.detail() == null ? "" : e.detail())).toList();
        return new AuditLogPage(questionnaires, java.util.Arrays.stream(AuditAction.values()).map(AuditAction::code)
                .toList(), filter, new FormErrors(errors), rows, page, first + SIZE < kept.size());
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

    /** The link to the next (older) page. */
    public String nextHref() {
        return "/audit" + filter.query(page + 1);
    }

    /** The link to the previous (newer) page. */
    public String previousHref() {
        return "/audit" + filter.query(page - 1);
    }
}
