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
 * The overall and standard ratings of one result, as rating codes: what an impact analysis
 * compares. Made from an evaluation, or read without evaluating from the stored ratings: the
 * compact ratings document ({@code "overall": "met"}) or a full result
 * ({@code "overall": {"rating": "met", ...}}), which share the {@code sections[].standards[]} shape.
 *
 * @param overall   the overall rating
 * @param standards each standard's rating, in questionnaire order
 */
record Ratings(String overall, Map<String, String> standards) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Ratings of(AssessmentResult result) {
        Map<String, String> standards = new LinkedHashMap<>();
        result.standards().forEach(s -> standards.put(s.id(), s.rating().code()));
        return new Ratings(result.overall().rating().code(), standards);
    }

    /** The ratings of {@code snapshot}: the same as of the full result it was made beside. */
    static Ratings of(RatingsSnapshot snapshot) {
        Map<String, String> standards = new LinkedHashMap<>();
        snapshot.sections().forEach(section -> section.standards().forEach(s -> standards.put(s.id(), s.rating().code())));
        return new Ratings(snapshot.overall().code(), standards);
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
        result.path("sections").forEach(section -> section.path("standards").forEach(s ->
                standards.put(s.path("id").asText(), s.path("rating").asText())));
        JsonNode overall = result.path("overall");
        return new Ratings(overall.isTextual() ? overall.asText() : overall.path("rating").asText(), standards);
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
