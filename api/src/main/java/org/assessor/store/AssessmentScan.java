package org.assessor.store;

import java.util.function.Consumer;

/**
 * Streams stored assessments for re-evaluation in bulk, one row at a time, so that scanning
 * thousands of them never holds them all in memory. Implementations are thread-safe.
 */
public interface AssessmentScan {

    /**
     * How many assessments {@code filter} selects.
     *
     * @throws StorageFailed if the storage could not be read
     */
    long count(ScanFilter filter);

    /**
     * Gives each assessment {@code filter} selects to {@code action}, oldest first, on the calling
     * thread. Its stored ratings come along only for the assessments rated with the rule-set
     * version whose hash is {@code resultsOfHash} (null: for none), as they are only worth reading
     * when they can stand in for an evaluation: the compact ratings document, or the full result
     * for assessments stored before there was one.
     *
     * @throws StorageFailed if the storage could not be read
     */
    void forEach(ScanFilter filter, String resultsOfHash, Consumer<ScannedAssessment> action);
}
