package org.assessor.store;

import java.util.Optional;
import java.util.function.Consumer;
import com.fasterxml.jackson.databind.JsonNode;
import org.assessor.result.AssessmentResult;
import org.assessor.result.RatingsSnapshot;

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
     * Stores {@code result} (which carries its new assessment id) with the {@code submission} it
     * rates and its {@code author}: the store makes its own documents from them (summary, result
     * JSON, compact ratings), then {@linkplain #save saves} them durably.
     *
     * @param author the label of the caller who stored it; null if not recorded
     * @return what was stored: {@link StoredAssessment#resultBytes()} are the bytes {@link #find}
     *         returns for it from now on
     * @throws StorageFailed if it could not be written; then nothing of it was written
     */
    StoredAssessment add(AssessmentResult result, JsonNode submission, String author);

    /**
     * The documents {@link #add} would store for {@code result}, made but not stored: for a caller
     * that stores them in a transaction of its own (a collection round's close).
     */
    StoredAssessment prepare(AssessmentResult result, JsonNode submission, String author);

    /**
     * The result of {@code assessment}, read back from its stored JSON with every reason and action.
     *
     * @throws StorageFailed if the stored result cannot be read
     */
    AssessmentResult result(StoredAssessment assessment);

    /**
     * The assessment with id {@code id}, if stored.
     *
     * @throws StorageFailed if the storage could not be read
     */
    Optional<StoredAssessment> find(String id);

    /**
     * Whose the assessment with id {@code id} is, if stored: cheaper than {@link #find}, for
     * access checks.
     *
     * @throws StorageFailed if the storage could not be read
     */
    Optional<AssessmentOwner> owner(String id);

    /**
     * One page of the summaries that match {@code query}, newest first.
     *
     * @throws StorageFailed if the storage could not be read
     */
    AssessmentPage list(AssessmentQuery query);

    /**
     * Calls {@code action} with the ratings of every stored assessment that {@code query}
     * selects, oldest first, one at a time (so thousands need not be in memory at once). Titles
     * are those stored with them, where any were ({@link RatingsSnapshot#titled} supplies the rest).
     *
     * @throws StorageFailed if the storage could not be read, or stored ratings are unreadable
     */
    void forEachRated(RatedQuery query, Consumer<RatingsSnapshot> action);

    /**
     * Checks that the storage answers.
     *
     * @throws StorageFailed if it does not
     */
    void check();
}
