package org.assessor.store;

/**
 * Which assessment summaries to list: those of one site and/or one questionnaire (null: any),
 * newest first, at most {@code limit} of them, starting after the assessment {@code after}
 * (null: from the newest).
 */
public record AssessmentQuery(String siteId, String questionnaireId, int limit, String after) {
    /** The most summaries one page may hold. */
    public static final int MAX_LIMIT = 100;
    /** The page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 20;

    public AssessmentQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
    }
}
