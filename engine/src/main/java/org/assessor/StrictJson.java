package org.assessor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads untrusted JSON into a tree, refusing what a well-behaved client never sends: duplicate
 * keys, trailing content, nesting deeper than 32 levels, strings over 1,000,000 characters,
 * field names over 1,000 characters, numbers over 100 digits (counting the zeros an exponent
 * stands for, so {@code 1e999999999} cannot become a billion-digit string when printed), more
 * than 200,000 tokens in all, and arrays or objects of more than 1,000 elements. Thread-safe.
 */
public final class StrictJson {
    /** The deepest nesting accepted. */
    public static final int MAX_DEPTH = 32;
    /** The longest string accepted, in characters. */
    public static final int MAX_STRING = 1_000_000;
    /** The longest number accepted, in digits. */
    public static final int MAX_NUMBER = 100;
    /** The longest field name accepted, in characters. */
    public static final int MAX_NAME = 1_000;
    /** The most tokens (values, names, brackets) one document may have. */
    public static final long MAX_TOKENS = 200_000;
    /** The most elements of one array, or fields of one object. */
    public static final int MAX_ELEMENTS = 1_000;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .maxNameLength(MAX_NAME)
                    .maxTokenCount(MAX_TOKENS)
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
            requireWithinLimits(node, "");
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new MalformedJson("malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            // Bytes in memory cannot fail to be read: this is text in no encoding JSON allows
            // (Jackson guesses UTF-16 or UTF-32 from the first bytes and finds them impossible).
            throw new MalformedJson("malformed JSON: the bytes are not UTF-8 text (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Refuses an array or object with more than {@link #MAX_ELEMENTS} elements, and a number whose
     * exponent reaches past {@link #MAX_NUMBER} digits, naming where it is.
     */
    private static void requireWithinLimits(JsonNode node, String pointer) {
        if (node.isBigDecimal() && Math.abs((long) node.decimalValue().scale()) > MAX_NUMBER) {
            throw new MalformedJson("the number at '" + pointer + "' has an exponent that reaches past "
                    + MAX_NUMBER + " digits", null);
        }
        if (node.size() > MAX_ELEMENTS) {
            throw new MalformedJson("the " + (node.isArray() ? "array" : "object") + " at '" + pointer + "' has "
                    + node.size() + " " + (node.isArray() ? "elements" : "fields") + "; at most " + MAX_ELEMENTS
                    + " are accepted", null);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireWithinLimits(node.get(i), pointer + "/" + i);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                requireWithinLimits(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0")
                        .replace("/", "~1"));
            }
        }
    }

    /** The shared mapper, configured as above, for writing. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
