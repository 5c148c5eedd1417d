package org.assessor.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.assessor.result.AssessmentResult;
import org.assessor.store.ResultCodec;

/**
 * A result as the API's JSON ({@link ResultView} through {@link ApiJson}), which is also how the
 * store keeps it, so a stored result is returned byte for byte. The composition root gives it to
 * the stores. Thread-safe.
 */
public final class ResultJson implements ResultCodec {

    @Override
    public String write(AssessmentResult result) {
        try {
            return ApiJson.mapper().writeValueAsString(ResultView.of(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a result as JSON", e);
        }
    }

    @Override
    public AssessmentResult read(String json) {
        try {
            return ApiJson.mapper().readValue(json, ResultView.class).toDomain();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }
}
