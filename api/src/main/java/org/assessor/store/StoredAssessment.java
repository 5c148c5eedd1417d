package org.assessor.store;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One stored assessment: its summary, the submission as submitted (JSON) and the result exactly
 * as it was returned when it was created (UTF-8 JSON), so it can be returned again byte for byte.
 */
public record StoredAssessment(AssessmentSummary summary, String submissionJson, String resultJson) {

    public StoredAssessment {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(submissionJson, "submissionJson");
        Objects.requireNonNull(resultJson, "resultJson");
    }

    /** The assessment id. */
    public String id() {
        return summary.id();
    }

    /** The result's bytes, as first returned. */
    public byte[] resultBytes() {
        return resultJson.getBytes(StandardCharsets.UTF_8);
    }
}
