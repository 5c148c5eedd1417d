package org.assessor.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assessor.StrictJson;

/**
 * The JSON the store writes of its own documents: the compact ratings ({@link RatingsDocument})
 * and submissions. Null fields are left out and unknown ones ignored on reading, as they always
 * were, so documents written before keep reading back the same. Thread-safe.
 */
final class StoreJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private StoreJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** {@code value} as JSON. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON of " + value.getClass().getSimpleName(), e);
        }
    }

    /** A submission as received, written as strictly read: key order and values as they came. */
    static String submission(JsonNode submission) {
        try {
            return StrictJson.mapper().writeValueAsString(submission);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a submission as JSON", e);
        }
    }
}
