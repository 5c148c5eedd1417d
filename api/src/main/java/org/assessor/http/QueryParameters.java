package org.assessor.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.assessor.Ids;
import org.assessor.app.AuditTrail;
import org.assessor.app.ImpactQuery;
import org.assessor.comparison.ComparisonFilter;
import org.assessor.comparison.ComparisonFilterInvalid;
import org.assessor.store.AssessmentIds;
import org.assessor.store.AssessmentQuery;

/** Turns query parameters into queries, refusing malformed values with {@link InvalidParameter}. */
final class QueryParameters {
    /** The most sites one comparison may name. */
    static final int MAX_SITES = 500;

    private QueryParameters() {
    }

    /** The assessment query that {@code GET /api/assessments?site=&questionnaire=&limit=&cursor=} asks for. */
    static AssessmentQuery assessmentQuery(String site, String questionnaire, String limit, String cursor) {
        return new AssessmentQuery(id("site", site), id("questionnaire", questionnaire), limit(limit), cursor(cursor));
    }

    /** The impact query that {@code ?site=&from=&to=&limit=} asks for. */
    static ImpactQuery impactQuery(String site, String from, String to, String limit) {
        LocalDate fromDay = date("from", from);
        LocalDate toDay = date("to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw new InvalidParameter("from", "is after to (" + to + ")");
        }
        return new ImpactQuery(id("site", site), fromDay, toDay,
                number("limit", limit, 0, ImpactQuery.MAX_LIMIT, ImpactQuery.DEFAULT_LIMIT));
    }

    /** The {@code ruleSetVersion} of a re-evaluation; null if not given. */
    static String ruleSetVersion(String value) {
        return id("ruleSetVersion", value);
    }

    /** A result number of an assessment, 0 or more; {@code null} if not given. */
    static Integer resultNumber(String name, String value) {
        return value == null || value.isEmpty() ? null : number(name, value, 0, Integer.MAX_VALUE, 0);
    }

    /** The page size of the audit log. */
    static int auditLimit(String value) {
        return number("limit", value, 1, AuditTrail.MAX_LIMIT, AuditTrail.DEFAULT_LIMIT);
    }

    /** The audit log's cursor: the id of the last entry of the previous page; 0 for the first page. */
    static long auditCursor(String value) {
        if (value == null || value.isEmpty()) {
            return 0;
        }
        if (!value.matches("[1-9]\\d{0,17}")) {
            throw new InvalidParameter("cursor", "not a cursor this server gave out (use a page's nextCursor)");
        }
        return Long.parseLong(value);
    }

    /**
     * The comparison filter that {@code GET /api/comparisons?questionnaire=&site=...&ruleSetVersion=
     * &from=&to=&cycle=} asks for.
     */
    static ComparisonFilter comparisonFilter(String questionnaire, List<String> sites, String ruleSetVersion,
                                             String from, String to, String cycle) {
        String questionnaireId = id("questionnaire", questionnaire);
        if (questionnaireId == null) {
            throw new InvalidParameter("questionnaire", "is required: the id of the questionnaire to compare");
        }
        if (sites.size() > MAX_SITES) {
            throw new InvalidParameter("site", "at most " + MAX_SITES + " sites per comparison");
        }
        List<String> siteIds = sites.stream().map(s -> id("site", s)).filter(java.util.Objects::nonNull).toList();
        try {
            return ComparisonFilter.of(questionnaireId).sites(siteIds).ruleSetVersion(id("ruleSetVersion", ruleSetVersion))
                    .between(date("from", from), date("to", to)).cycle(id("cycle", cycle));
        } catch (ComparisonFilterInvalid e) {
            throw new InvalidParameter(e.field(), e.getMessage());
        }
    }

    /** Whether {@code split} asks for one comparison per rule-set version. */
    static boolean splitByVersion(String split) {
        if (split == null || split.isEmpty()) {
            return false;
        }
        if (!split.equals("version")) {
            throw new InvalidParameter("split", "the only split is 'version'");
        }
        return true;
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, "expected a date as YYYY-MM-DD");
        }
    }

    private static int number(String name, String value, int min, int max, int otherwise) {
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw new InvalidParameter(name, "expected a whole number from " + min + " to " + max);
        }
        return Integer.parseInt(value);
    }

    private static String id(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!Ids.isValid(value)) {
            throw new InvalidParameter(name, "not a valid id: " + Ids.RULE);
        }
        return value;
    }

    private static int limit(String value) {
        if (value == null || value.isEmpty()) {
            return AssessmentQuery.DEFAULT_LIMIT;
        }
        if (!value.matches("\\d{1,3}") || Integer.parseInt(value) < 1
                || Integer.parseInt(value) > AssessmentQuery.MAX_LIMIT) {
            throw new InvalidParameter("limit", "expected a whole number from 1 to " + AssessmentQuery.MAX_LIMIT);
        }
        return Integer.parseInt(value);
    }

    private static String cursor(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!AssessmentIds.isWellFormed(value)) {
            throw unknownCursor();
        }
        return value;
    }

    /**
     * The refusal of a listing's cursor that is not the id of an assessment the caller may see:
     * malformed, never used, or another site's. One answer for all of them, so that a cursor
     * says nothing about which ids exist.
     */
    static InvalidParameter unknownCursor() {
        return new InvalidParameter("cursor", "not a cursor this server gave out (use a page's nextCursor)");
    }
}
