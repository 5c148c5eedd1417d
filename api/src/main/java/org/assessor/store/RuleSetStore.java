package org.assessor.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assessor.rules.RuleSetId;

/**
 * Keeps uploaded rule-set versions (record and files) and the lifecycle decisions taken on any
 * version, so that every node of a deployment sharing the database sees the same versions and
 * the same active one. Each change is written in one transaction together with its audit-log
 * entry. Files are never changed and rows never deleted. Implementations are thread-safe.
 */
public interface RuleSetStore {

    /**
     * Every recorded version, without files.
     *
     * @throws StorageFailed if the storage could not be read
     */
    List<RuleSetRecord> list();

    /**
     * The record of version {@code id}, if recorded.
     *
     * @throws StorageFailed if the storage could not be read
     */
    Optional<RuleSetRecord> find(RuleSetId id);

    /**
     * The files of uploaded version {@code id}, by name; empty if it has none stored.
     *
     * @throws StorageFailed if the storage could not be read
     */
    Map<String, byte[]> files(RuleSetId id);

    /**
     * Records a new uploaded version (a draft) with its files.
     *
     * @throws RuleSetVersionExists if a version with its id is already recorded; nothing is written
     * @throws StorageFailed        if it could not be written; nothing is written
     */
    void addDraft(RuleSetRecord draft, Map<String, byte[]> files, AuditEntry entry);

    /**
     * Makes {@code version} the active version of its questionnaire: whichever recorded version
     * was active becomes retired, and {@code version} is recorded (if it was not) as active.
     *
     * @param unrecordedPrevious the version active until now when it has no record yet (a bundled
     *                           version nobody has acted on), to be recorded as retired; else null
     * @throws StorageFailed if it could not be written (also when another node published at the
     *                       same moment); nothing is written
     */
    void publish(RuleSetRecord version, RuleSetRecord unrecordedPrevious, AuditEntry entry);

    /**
     * Records {@code version} as retired (recording it first if it was not).
     *
     * @throws StorageFailed if it could not be written; nothing is written
     */
    void retire(RuleSetRecord version, AuditEntry entry);
}
