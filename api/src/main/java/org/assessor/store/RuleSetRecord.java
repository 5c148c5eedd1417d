package org.assessor.store;

import java.time.Instant;
import java.util.Objects;
import org.assessor.rules.RuleSetId;

/**
 * What the database records about one rule-set version (its files apart).
 *
 * @param id                   questionnaire id and version
 * @param hash                 the content hash of its files
 * @param origin               bundled or uploaded
 * @param status               draft, active or retired
 * @param questionnaireVersion the questionnaire version it was written for
 * @param createdAt            when it was uploaded, or for a bundled version when its first decision was recorded
 * @param createdBy            who uploaded it, or took that first decision
 * @param statusChangedAt      when its status last changed
 */
public record RuleSetRecord(RuleSetId id, String hash, RuleSetOrigin origin, RuleSetStatus status,
                            String questionnaireVersion, Instant createdAt, String createdBy,
                            Instant statusChangedAt) {

    public RuleSetRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(statusChangedAt, "statusChangedAt");
    }

    /** This record with status {@code newStatus}, changed at {@code at}. */
    public RuleSetRecord withStatus(RuleSetStatus newStatus, Instant at) {
        return new RuleSetRecord(id, hash, origin, newStatus, questionnaireVersion, createdAt, createdBy, at);
    }
}
