package org.assessor.http;

import org.assessor.Ids;
import org.assessor.store.AssessmentIds;
import org.assessor.store.AssessmentQuery;

/** Turns query parameters into queries, refusing malformed values with {@link InvalidParameter}. */
final class QueryParameters {
    private QueryParameters() {
    }

    /** The assessment query that {@code GET /api/assessments?site=&questionnaire=&limit=&cursor=} asks for. */
    static AssessmentQuery assessmentQuery(String site, String questionnaire, String limit, String cursor) {
        return new AssessmentQuery(id("site", site), id("questionnaire", questionnaire), limit(limit), cursor(cursor));
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
