package org.assessor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads untrusted JSON into a tree, refusing what a well-behaved client never sends: duplicate
 * keys, trailing content, nesting deeper than 32 levels, strings over 1,000,000 characters and
 * numbers over 100 digits. Thread-safe.
 */
public final class StrictJson {
    /** The deepest nesting accepted. */
    public static final int MAX_DEPTH = 32;
    /** The longest string accepted, in characters. */
    public static final int MAX_STRING = 1_000_000;
    /** The longest number accepted, in digits. */
    public static final int MAX_NUMBER = 100;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private StrictJson() {
    }

    /**
     * Parses {@code json}.
     *
     * @throws MalformedJson naming the line and column of the first problem
     */
    public static JsonNode read(byte[] json) {
        if (json.length == 0) {
            throw new MalformedJson("the body is empty; expected a JSON object", null);
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new MalformedJson("the body is empty; expected a JSON object", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new MalformedJson("malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared mapper, configured as above, for writing. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
