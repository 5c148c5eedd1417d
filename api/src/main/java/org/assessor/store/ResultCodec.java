package org.assessor.store;

import org.assessor.result.AssessmentResult;
import org.assessor.result.QuestionnaireRef;

/**
 * How the store writes a result as the JSON it keeps, and reads it back. The stored form is the
 * result JSON the API returns (so a stored result can be returned again byte for byte), whose
 * shape the API defines, not the store: the composition root hands the store the API's codec,
 * and the store depends only on this interface. Implementations are thread-safe and
 * deterministic: the same result always gives the same bytes.
 */
public interface ResultCodec {

    /** {@code result} as stored JSON. */
    String write(AssessmentResult result);

    /**
     * The result stored as {@code json}.
     *
     * @throws IllegalArgumentException if {@code json} is not a stored result
     */
    AssessmentResult read(String json);

    /**
     * The questionnaire version {@code id} {@code version} as the server knows it (its rating
     * scale and outcomes), for reading stored ratings; for a version it does not know, one on the
     * E-MHIP scale.
     */
    QuestionnaireRef questionnaire(String id, String version);
}
