package org.assessor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The impact analysis (the JSON the API returns) as text for people. */
final class ImpactText {
    private ImpactText() {
    }

    static String of(JsonNode a) {
        StringBuilder text = new StringBuilder();
        JsonNode candidate = a.path("candidate");
        JsonNode baseline = a.path("baseline");
        JsonNode n = a.path("assessments");
        line(text, "Impact of " + a.path("questionnaireId").asText() + "/" + candidate.path("version").asText() + " ("
                + candidate.path("status").asText() + ", " + candidate.path("hash").asText() + ")");
        line(text, "against   " + a.path("questionnaireId").asText() + "/" + baseline.path("version").asText() + " ("
                + baseline.path("status").asText() + ", " + baseline.path("hash").asText() + ")");
        line(text, "assessments: " + n.path("total").asLong() + " selected, " + n.path("evaluated").asLong()
                + " compared, " + n.path("changed").asLong() + " changed, " + n.path("unchanged").asLong()
                + " unchanged, " + n.path("skipped").asLong() + " skipped, " + n.path("failed").asLong() + " failed");
        scope(text, a.path("scope"), n.path("total").asLong());
        line(text, "");
        line(text, "overall: " + moves(a.path("overall").path("moves")));
        for (JsonNode s : a.path("standards")) {
            line(text, String.format("%-6s %s", s.path("id").asText(), moves(s.path("moves"))));
        }
        if (!a.path("affected").isEmpty()) {
            line(text, "");
            line(text, "affected assessments (newest first" + (a.path("truncated").asBoolean() ? ", list truncated"
                    : "") + "):");
            for (JsonNode x : a.path("affected")) {
                List<String> changes = new ArrayList<>();
                if (x.hasNonNull("overall")) {
                    changes.add("overall " + arrow(x.get("overall")));
                }
                x.path("standards").forEach(s -> changes.add(s.path("id").asText() + " " + arrow(s)));
                line(text, "  " + x.path("id").asText() + "  " + x.path("site").asText() + " (rated with "
                        + x.path("ruleSetVersion").asText() + "): " + String.join(", ", changes));
            }
        }
        for (JsonNode s : a.path("skipped")) {
            line(text, "  skipped " + s.path("id").asText() + "  " + s.path("site").asText() + ": "
                    + s.path("reason").asText());
        }
        line(text, "");
        text.append("took ").append(a.path("elapsedMillis").asLong()).append(" ms (")
                .append(a.path("perSecond").asDouble()).append(" assessments/s)");
        return text.toString();
    }

    private static void scope(StringBuilder text, JsonNode scope, long total) {
        if (scope.isMissingNode() || scope.isNull()) {
            return;
        }
        JsonNode criteria = scope.path("criteria");
        long full = scope.path("ratedInFull").asLong();
        if (criteria.isNull()) {
            line(text, "rated in full: the files do not tell which criteria can change (" + full + " evaluated)");
        } else if (criteria.isEmpty()) {
            line(text, "same ratings: the candidate rates every answer and criterion as the active version does");
        } else {
            List<String> ids = new ArrayList<>();
            criteria.forEach(c -> ids.add(c.asText()));
            line(text, "criteria that can change: " + String.join(", ", ids) + " (" + full + " of " + total
                    + " rated in full; the rest settled on these criteria alone)");
        }
    }

    private static String moves(JsonNode moves) {
        if (moves.isEmpty()) {
            return "no change";
        }
        List<String> each = new ArrayList<>();
        moves.forEach(m -> each.add(arrow(m) + ": " + m.path("count").asLong()));
        return String.join(", ", each);
    }

    private static String arrow(JsonNode change) {
        return change.path("from").asText() + " -> " + change.path("to").asText();
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}
