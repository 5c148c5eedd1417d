package org.assessor.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.assessor.Ids;
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
            throw new InvalidParameter("cursor", "not a cursor this server gave out (use a page's nextCursor)");
        }
        return value;
    }
}
