package org.assessor.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * One result of a stored assessment beyond its original one: a re-evaluation under a
 * (usually other) rule-set version.
 *
 * @param number         1 for the first re-evaluation, then 2, 3, ... (0 is the original result)
 * @param createdAt      when it was made
 * @param createdBy      who asked for it
 * @param ruleSetVersion the rule-set version it was rated with
 * @param ruleSetHash    that version's content hash
 * @param overallRating  the overall rating
 * @param resultJson     the result as it was returned (UTF-8 JSON)
 */
public record StoredResult(int number, Instant createdAt, String createdBy, String ruleSetVersion,
                           String ruleSetHash, String overallRating, String resultJson) {

    public StoredResult {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(ruleSetHash, "ruleSetHash");
        Objects.requireNonNull(overallRating, "overallRating");
        Objects.requireNonNull(resultJson, "resultJson");
    }

    /** The result's bytes, as first returned. */
    public byte[] resultBytes() {
        return resultJson.getBytes(StandardCharsets.UTF_8);
    }
}
