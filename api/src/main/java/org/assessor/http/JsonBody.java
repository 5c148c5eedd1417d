package org.assessor.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request body read by {@link JsonBodyReader}: strict, well-formed JSON within the size limit.
 */
public record JsonBody(JsonNode document) {
}
