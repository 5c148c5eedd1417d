package org.assessor.store;

import java.util.List;
import java.util.Optional;
import org.assessor.result.AssessmentResult;

/**
 * Keeps the results an assessment gains after it was stored (re-evaluations); its original
 * result stays where {@link AssessmentStore} keeps it. Results are added, never changed or
 * removed. Implementations are thread-safe.
 */
public interface ResultHistory {

    /**
     * Adds {@code result} to assessment {@code assessmentId} under the next free number (its own
     * {@link StoredResult#number()} is ignored), with its audit-log entry, in one transaction.
     *
     * @return the number given
     * @throws StorageFailed if it could not be written (also if there is no such assessment); nothing is written
     */
    int add(String assessmentId, StoredResult result, AuditEntry entry);

    /**
     * Adds {@code result}, made for assessment {@code assessmentId} on behalf of {@code createdBy},
     * as its next result, with its audit-log entry, in one transaction: the store writes its JSON.
     *
     * @return what was stored, with the number given; its {@link StoredResult#resultBytes()} are
     *         the bytes {@link #find} returns for it from now on
     * @throws StorageFailed if it could not be written (also if there is no such assessment); nothing is written
     */
    StoredResult add(String assessmentId, AssessmentResult result, String createdBy, AuditEntry entry);

    /**
     * The result {@code stored}, read back from its stored JSON.
     *
     * @throws StorageFailed if it cannot be read
     */
    AssessmentResult result(StoredResult stored);

    /**
     * Every added result of assessment {@code assessmentId}, by number.
     *
     * @throws StorageFailed if the storage could not be read
     */
    List<StoredResult> list(String assessmentId);

    /**
     * Result {@code number} (1 or more) of assessment {@code assessmentId}, if there is one.
     *
     * @throws StorageFailed if the storage could not be read
     */
    Optional<StoredResult> find(String assessmentId, int number);
}
