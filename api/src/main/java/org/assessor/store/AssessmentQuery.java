package org.assessor.store;

/**
 * Which assessment summaries to list: those of one site, one questionnaire and/or one author
 * (null: any), newest first, at most {@code limit} of them, starting after the assessment
 * {@code after} (null: from the newest).
 *
 * @param author the id of the caller who stored them (see {@code org.assessor.access.Caller#id()}); null: anyone
 */
public record AssessmentQuery(String siteId, String questionnaireId, int limit, String after, String author) {
    /** The most summaries one page may hold. */
    public static final int MAX_LIMIT = 100;
    /** The page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 20;

    public AssessmentQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** A query by anyone's assessments. */
    public AssessmentQuery(String siteId, String questionnaireId, int limit, String after) {
        this(siteId, questionnaireId, limit, after, null);
    }

    /** This query limited to site {@code site}'s assessments. */
    public AssessmentQuery withSite(String site) {
        return new AssessmentQuery(site, questionnaireId, limit, after, author);
    }

    /** This query limited to the assessments stored by {@code callerId}. */
    public AssessmentQuery withAuthor(String callerId) {
        return new AssessmentQuery(siteId, questionnaireId, limit, after, callerId);
    }
}
