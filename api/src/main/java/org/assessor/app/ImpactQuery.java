package org.assessor.app;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.assessor.store.ScanFilter;

/**
 * Which stored assessments an impact analysis takes, and how many affected ones it lists.
 *
 * @param siteId only this site's assessments; null for all
 * @param from   only those created on or after this day (UTC); null for no lower bound
 * @param to     only those created on or before this day (UTC); null for no upper bound
 * @param limit  the most affected assessments to list, 0 to {@link #MAX_LIMIT}
 */
public record ImpactQuery(String siteId, LocalDate from, LocalDate to, int limit) {
    /** The most affected assessments one answer lists. */
    public static final int MAX_LIMIT = 10_000;
    /** How many are listed when no limit is asked for. */
    public static final int DEFAULT_LIMIT = 1_000;
    /** Every assessment, listing the default number of affected ones. */
    public static final ImpactQuery ALL = new ImpactQuery(null, null, null, DEFAULT_LIMIT);

    public ImpactQuery {
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 0 to " + MAX_LIMIT + ", not " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** The scan of questionnaire {@code questionnaireId}'s assessments this query selects. */
    ScanFilter filter(String questionnaireId) {
        return new ScanFilter(questionnaireId, siteId, from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
