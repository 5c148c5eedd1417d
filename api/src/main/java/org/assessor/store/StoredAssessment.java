package org.assessor.store;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One stored assessment: its summary, the submission as submitted (JSON), the result exactly as
 * it was returned when it was created (UTF-8 JSON), so it can be returned again byte for byte,
 * its ratings in compact form for comparisons (null for assessments stored before there was
 * such a form), and who stored it.
 *
 * @param author the label of the caller who stored it ({@code org.assessor.access.Caller#id()});
 *               null if not recorded
 */
public record StoredAssessment(AssessmentSummary summary, String submissionJson, String resultJson,
                               String ratingsJson, String author) {

    public StoredAssessment {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(submissionJson, "submissionJson");
        Objects.requireNonNull(resultJson, "resultJson");
    }

    /** A stored assessment whose author is not recorded. */
    public StoredAssessment(AssessmentSummary summary, String submissionJson, String resultJson, String ratingsJson) {
        this(summary, submissionJson, resultJson, ratingsJson, null);
    }

    /** A stored assessment without the compact ratings, whose author is not recorded. */
    public StoredAssessment(AssessmentSummary summary, String submissionJson, String resultJson) {
        this(summary, submissionJson, resultJson, null, null);
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
