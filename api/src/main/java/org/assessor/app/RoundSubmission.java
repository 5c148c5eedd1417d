package org.assessor.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assessor.round.Response;
import org.assessor.round.Round;
import org.assessor.round.RoundSpec;

/**
 * A round's submitted responses as one ordinary submission document, the same a site would post
 * to {@code /api/assessments} with every respondent in it, so that a round is rated, stored,
 * compared, reported and re-evaluated like any assessment.
 *
 * <p>Respondent ids: in a named round, {@code <role>-<n>}, numbered in the order the invitations
 * were made. In an anonymous round, {@code respondent-<n>} in a random order, and every role group
 * with fewer than the round's minimum respondents is merged into {@code other} ({@link #mergedRoles}),
 * so no output shows a group small enough to point at a person. (Rules rate answers, not roles, so merging changes
 * no rating; it changes only what is shown by role.)
 */
final class RoundSubmission {
    /** The role small groups are merged into in anonymous rounds. */
    static final String MERGED_ROLE = "other";
    private static final SecureRandom SHUFFLE = new SecureRandom();

    private RoundSubmission() {
    }

    /** The submission document of {@code round}'s {@code responses} (all submitted). */
    static ObjectNode of(Round round, List<Response> responses) {
        RoundSpec spec = round.spec();
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("questionnaireId", spec.questionnaireId());
        doc.put("questionnaireVersion", spec.questionnaireVersion());
        ObjectNode site = doc.putObject("site");
        site.put("id", spec.siteId());
        site.put("name", spec.siteName());
        doc.put("mode", "self");
        doc.put("cycle", spec.cycle());
        doc.put("ruleSetVersion", spec.ruleSetVersion());
        ArrayNode respondents = doc.putArray("respondents");
        List<Response> ordered = new ArrayList<>(responses);
        if (spec.anonymous()) {
            Collections.shuffle(ordered, SHUFFLE);
            Map<String, String> roles = mergedRoles(ordered, spec.minGroup());
            for (int i = 0; i < ordered.size(); i++) {
                add(respondents, "respondent-" + (i + 1), roles.get(ordered.get(i).role()), ordered.get(i));
            }
        } else {
            ordered.sort(Comparator.comparing(Response::invitationId));
            Map<String, Integer> numbers = new HashMap<>();
            for (Response response : ordered) {
                int n = numbers.merge(response.role(), 1, Integer::sum);
                add(respondents, response.role() + "-" + n, response.role(), response);
            }
        }
        return doc;
    }

    /**
     * Each role, mapped to itself, or to {@link #MERGED_ROLE} if fewer than {@code minGroup}
     * answered in it; if the merged group is itself smaller than {@code minGroup}, the smallest
     * remaining group joins it, and so on, until every group shown has at least {@code minGroup}
     * respondents (or only one group is left).
     */
    static Map<String, String> mergedRoles(List<Response> responses, int minGroup) {
        Map<String, Integer> sizes = new HashMap<>();
        responses.forEach(r -> sizes.merge(r.role(), 1, Integer::sum));
        Map<String, String> roles = new HashMap<>();
        sizes.forEach((role, size) -> roles.put(role, size < minGroup ? MERGED_ROLE : role));
        while (true) {
            Map<String, Integer> shown = new HashMap<>();
            sizes.forEach((role, size) -> shown.merge(roles.get(role), size, Integer::sum));
            int merged = shown.getOrDefault(MERGED_ROLE, 0);
            if (merged == 0 || merged >= minGroup || shown.size() == 1) {
                return roles;
            }
            String smallest = shown.entrySet().stream().filter(e -> !e.getKey().equals(MERGED_ROLE))
                    .min(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
            roles.replaceAll((role, to) -> to.equals(smallest) ? MERGED_ROLE : to);
        }
    }

    private static void add(ArrayNode respondents, String id, String role, Response response) {
        ObjectNode respondent = respondents.addObject();
        respondent.put("id", id);
        respondent.put("role", role);
        respondent.set("answers", response.answers());
    }
}
