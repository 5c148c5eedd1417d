package org.assessor.store;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps assessments: each one written once, in one transaction, and never changed afterwards.
 * Implementations are thread-safe.
 */
public interface AssessmentStore {

    /**
     * Writes {@code assessment} durably: when this returns, the assessment survives the process
     * being killed.
     *
     * @throws StorageFailed if it could not be written; then nothing of it was written
     */
    void save(StoredAssessment assessment);

    /**
     * The assessment with id {@code id}, if stored.
     *
     * @throws StorageFailed if the storage could not be read
     */
    Optional<StoredAssessment> find(String id);

    /**
     * One page of the summaries that match {@code query}, newest first.
     *
     * @throws StorageFailed if the storage could not be read
     */
    AssessmentPage list(AssessmentQuery query);

    /**
     * Calls {@code action} with the ratings of every stored assessment that {@code query}
     * selects, oldest first, one at a time (so thousands need not be in memory at once).
     *
     * @throws StorageFailed if the storage could not be read
     */
    void forEachRated(RatedQuery query, Consumer<RatedAssessment> action);

    /**
     * Checks that the storage answers.
     *
     * @throws StorageFailed if it does not
     */
    void check();
}
