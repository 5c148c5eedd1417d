package org.assessor.store;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One stored assessment: its summary, the submission as submitted (JSON), the result exactly
 * as it was returned when it was created (UTF-8 JSON), so it can be returned again byte for byte,
 * and who stored it.
 *
 * @param author the label of the caller who stored it ({@code org.assessor.access.Caller#id()});
 *               null if not recorded
 */
public record StoredAssessment(AssessmentSummary summary, String submissionJson, String resultJson, String author) {

    public StoredAssessment {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(submissionJson, "submissionJson");
        Objects.requireNonNull(resultJson, "resultJson");
    }

    /** An assessment whose author is not recorded. */
    public StoredAssessment(AssessmentSummary summary, String submissionJson, String resultJson) {
        this(summary, submissionJson, resultJson, null);
    }

    /** Whose it is, for access checks. */
    public AssessmentOwner owner() {
        return new AssessmentOwner(summary.siteId(), author);
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
