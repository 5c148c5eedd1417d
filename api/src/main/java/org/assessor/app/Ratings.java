package org.assessor.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assessor.app.Impact.StandardChange;
import org.assessor.result.AssessmentResult;
import org.assessor.result.RatingsSnapshot;
import org.assessor.store.StorageFailed;

/**
 * The overall, standard and criterion ratings of one result, as rating codes: an impact analysis
 * compares the overall and standard ratings, and settles an assessment on a few criteria where it
 * can. Made from an evaluation, or read without evaluating from the stored ratings: the
 * compact ratings document ({@code "overall": "met"}, {@code "criteria": {"1.1.a": "met"}}) or a
 * full result ({@code "overall": {"rating": "met", ...}}, {@code "criteria": [{"id": "1.1.a",
 * "rating": "met", ...}]}), which share the {@code sections[].standards[]} shape.
 *
 * @param overall   the overall rating
 * @param standards each standard's rating, in questionnaire order
 * @param criteria  each criterion's rating; empty where a stored document has none
 */
record Ratings(String overall, Map<String, String> standards, Map<String, String> criteria) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Ratings of(AssessmentResult result) {
        Map<String, String> standards = new LinkedHashMap<>();
        Map<String, String> criteria = new LinkedHashMap<>();
        result.standards().forEach(s -> {
            standards.put(s.id(), s.rating().code());
            s.criteria().forEach(c -> criteria.put(c.id(), c.rating().code()));
        });
        return new Ratings(result.overall().rating().code(), standards, criteria);
    }

    /** The ratings of {@code snapshot}: the same as of the full result it was made beside. */
    static Ratings of(RatingsSnapshot snapshot) {
        Map<String, String> standards = new LinkedHashMap<>();
        Map<String, String> criteria = new LinkedHashMap<>();
        snapshot.standards().forEach(s -> {
            standards.put(s.id(), s.rating().code());
            s.criteria().forEach(c -> criteria.put(c.id(), c.rating().code()));
        });
        return new Ratings(snapshot.overall().code(), standards, criteria);
    }

    /** True if every criterion in {@code ratings} (ids and rating codes) has that rating here. */
    boolean rates(Map<String, String> ratings) {
        return ratings.entrySet().stream().allMatch(e -> e.getValue().equals(criteria.get(e.getKey())));
    }

    /** The ratings in {@code json}, a stored ratings document or result. */
    static Ratings ofJson(String json) {
        JsonNode result;
        try {
            result = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StorageFailed("a stored result is not JSON: " + e.getOriginalMessage(), e);
        }
        Map<String, String> standards = new LinkedHashMap<>();
        Map<String, String> criteria = new LinkedHashMap<>();
        result.path("sections").forEach(section -> section.path("standards").forEach(s -> {
            standards.put(s.path("id").asText(), s.path("rating").asText());
            JsonNode each = s.path("criteria");
            if (each.isObject()) {
                each.fields().forEachRemaining(c -> criteria.put(c.getKey(), c.getValue().asText()));
            } else {
                each.forEach(c -> criteria.put(c.path("id").asText(), c.path("rating").asText()));
            }
        }));
        JsonNode overall = result.path("overall");
        return new Ratings(overall.isTextual() ? overall.asText() : overall.path("rating").asText(), standards,
                criteria);
    }

    /** The standards whose rating differs in {@code after}, in its order. */
    List<StandardChange> changedStandards(Ratings after) {
        List<StandardChange> changes = new ArrayList<>();
        after.standards.forEach((id, rating) -> {
            String before = standards.get(id);
            if (!Objects.equals(before, rating)) {
                changes.add(new StandardChange(id, before, rating));
            }
        });
        return changes;
    }
}
