package org.assessor.app;

import java.time.Instant;
import org.assessor.rules.RuleSetId;
import org.assessor.store.RuleSetOrigin;
import org.assessor.store.RuleSetRecord;
import org.assessor.store.RuleSetStatus;

/**
 * One rule-set version as the lifecycle sees it: bundled or uploaded, and its status.
 *
 * @param id                   questionnaire id and version
 * @param hash                 content hash
 * @param origin               bundled or uploaded
 * @param status               draft, active or retired
 * @param questionnaireVersion the questionnaire version it was written for
 * @param record               what the database records about it; null for a bundled version nobody has acted on
 */
public record KnownVersion(RuleSetId id, String hash, RuleSetOrigin origin, RuleSetStatus status,
                           String questionnaireVersion, RuleSetRecord record) {

    /** When its status last changed, if recorded. */
    public Instant statusChangedAt() {
        return record == null ? null : record.statusChangedAt();
    }

    /**
     * The record to write when its status changes: the existing one, or for a bundled version
     * nobody has acted on, a new one made now by {@code caller}.
     */
    RuleSetRecord recordOrNew(Instant now, Caller caller) {
        return record != null ? record
                : new RuleSetRecord(id, hash, origin, status, questionnaireVersion, now, caller.id(), now);
    }
}
