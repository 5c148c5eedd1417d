package org.assessor.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Which stored assessments to scan: those of one questionnaire, optionally of one site, and
 * optionally created in {@code [from, to)}.
 *
 * @param questionnaireId the questionnaire answered
 * @param siteId          only this site's; null for every site
 * @param from            created at or after this; null for no lower bound
 * @param to              created before this; null for no upper bound
 */
public record ScanFilter(String questionnaireId, String siteId, Instant from, Instant to) {

    public ScanFilter {
        Objects.requireNonNull(questionnaireId, "questionnaireId");
    }
}
