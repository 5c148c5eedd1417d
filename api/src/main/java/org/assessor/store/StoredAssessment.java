package org.assessor.store;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One stored assessment: its summary, the submission as submitted (JSON), the result exactly as
 * it was returned when it was created (UTF-8 JSON), so it can be returned again byte for byte,
 * and its ratings in compact form for comparisons (null for assessments stored before there was
 * such a form).
 */
public record StoredAssessment(AssessmentSummary summary, String submissionJson, String resultJson,
                               String ratingsJson) {

    public StoredAssessment {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(submissionJson, "submissionJson");
        Objects.requireNonNull(resultJson, "resultJson");
    }

    /** A stored assessment without the compact ratings. */
    public StoredAssessment(AssessmentSummary summary, String submissionJson, String resultJson) {
        this(summary, submissionJson, resultJson, null);
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
