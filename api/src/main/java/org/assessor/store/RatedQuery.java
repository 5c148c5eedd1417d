package org.assessor.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Which assessments' ratings to read: those of one questionnaire, optionally of some sites
 * only (empty: every site) and created in {@code [from, before)} (null: open).
 */
public record RatedQuery(String questionnaireId, Set<String> siteIds, Instant from, Instant before) {

    public RatedQuery {
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        siteIds = Set.copyOf(Objects.requireNonNullElse(siteIds, Set.of()));
    }
}
