package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assessor.testing.ApiClient;
import org.assessor.testing.DemoDrafts;
import org.assessor.testing.OwnServer;
import org.assessor.testing.Submissions;
import org.assessor.testing.Uploads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The impact of a draft on stored assessments, checked against expectations worked out by hand.
 *
 * <p>Six assessments answer every question positively except 1.2.a.1 and 1.2.b.1. The draft
 * {@link DemoDrafts#metFromHalf} meets criterion 1.2.a from half the points, so a "partly"
 * answer to 1.2.a.1 turns 1.2.a from partly-met to met; nothing else changes. Standard 1.2 (two
 * criteria) is met when both are met, not-met when none is met and at least half are not-met,
 * and partly-met otherwise; overall is met only when 1.1, 1.2 and 2.1 all are:
 * <pre>
 *     site  1.2.a.1  1.2.b.1   1.2 under 1.0.0 -> draft    overall under 1.0.0 -> draft
 *  A1 s1    partly   yes       partly-met -> met           partly-met -> met
 *  A2 s2    partly   partly    partly-met -> partly-met    partly-met -> partly-met
 *  A3 s3    partly   no        not-met    -> partly-met    partly-met -> partly-met
 *  A4 s4    yes      yes       met        -> met           met        -> met
 *  A5 s5    no       yes       partly-met -> partly-met    partly-met -> partly-met
 *  A6 s1    partly   yes       partly-met -> met           partly-met -> met
 * </pre>
 */
class RuleSetImpactTest {
    @RegisterExtension
    static final OwnServer SERVER = new OwnServer();
    private static final String[][] ANSWERS = {
            {"s1", "partly", "yes"}, {"s2", "partly", "partly"}, {"s3", "partly", "no"},
            {"s4", "yes", "yes"}, {"s5", "no", "yes"}, {"s1", "partly", "yes"}};
    private static final List<String> IDS = new ArrayList<>();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ApiClient api = SERVER.api();

    @BeforeAll
    static void storeSixAssessmentsAndUploadTheDraft() {
        ApiClient api = SERVER.api();
        for (String[] a : ANSWERS) {
            IDS.add(json(api.post("/api/assessments", Submissions.standard12(a[0], a[1], a[2]))).get("id").asText());
        }
        assertThat(api.post("/api/rulesets/demo", Uploads.of(DemoDrafts.metFromHalf("1.1.0").source())).statusCode())
                .isEqualTo(201);
    }

    private static Map<String, Long> moves(JsonNode moves) {
        Map<String, Long> counted = new TreeMap<>();
        moves.forEach(m -> counted.put(m.get("from").asText() + " -> " + m.get("to").asText(), m.get("count").asLong()));
        return counted;
    }

    private static JsonNode standard(JsonNode impact, String id) {
        for (JsonNode s : impact.get("standards")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no standard " + id);
    }

    @Test
    void countsExactlyTheRatingsTheDraftMoves() {
        JsonNode impact = json(api.get("/api/rulesets/demo/1.1.0/impact"));

        assertThat(impact.at("/candidate/version").asText()).isEqualTo("1.1.0");
        assertThat(impact.at("/candidate/status").asText()).isEqualTo("draft");
        assertThat(impact.at("/baseline/version").asText()).isEqualTo("1.0.0");
        JsonNode n = impact.get("assessments");
        assertThat(n.get("total").asLong()).isEqualTo(6);
        assertThat(n.get("evaluated").asLong()).isEqualTo(6);
        assertThat(n.get("changed").asLong()).isEqualTo(3);
        assertThat(n.get("unchanged").asLong()).isEqualTo(3);
        assertThat(n.get("skipped").asLong()).isZero();
        assertThat(n.get("failed").asLong()).isZero();
        assertThat(moves(impact.at("/overall/moves"))).containsExactlyEntriesOf(Map.of("partly-met -> met", 2L));
        assertThat(moves(standard(impact, "1.2").get("moves")))
                .isEqualTo(Map.of("partly-met -> met", 2L, "not-met -> partly-met", 1L));
        assertThat(standard(impact, "1.2").get("changed").asLong()).isEqualTo(3);
        assertThat(standard(impact, "1.1").get("moves")).isEmpty();
        assertThat(standard(impact, "2.1").get("moves")).isEmpty();
        assertThat(impact.get("affected")).extracting(a -> a.get("id").asText())
                .containsExactly(IDS.get(5), IDS.get(2), IDS.get(0));
        JsonNode a3 = impact.at("/affected/1");
        assertThat(a3.get("site").asText()).isEqualTo("s3");
        assertThat(a3.has("overall")).isFalse();
        assertThat(a3.get("standards")).singleElement().satisfies(s -> {
            assertThat(s.get("id").asText()).isEqualTo("1.2");
            assertThat(s.get("from").asText()).isEqualTo("not-met");
            assertThat(s.get("to").asText()).isEqualTo("partly-met");
        });
        assertThat(impact.at("/affected/0/overall/to").asText()).isEqualTo("met");
        assertThat(impact.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void takesOnlyTheSiteAndDaysAskedFor() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        JsonNode s1 = json(api.get("/api/rulesets/demo/1.1.0/impact?site=s1"));
        JsonNode around = json(api.get("/api/rulesets/demo/1.1.0/impact?from=" + today.minusDays(1) + "&to="
                + today.plusDays(1)));
        JsonNode later = json(api.get("/api/rulesets/demo/1.1.0/impact?from=" + today.plusDays(1)));
        JsonNode earlier = json(api.get("/api/rulesets/demo/1.1.0/impact?to=" + today.minusDays(1)));

        assertThat(s1.at("/assessments/total").asLong()).isEqualTo(2);
        assertThat(s1.at("/assessments/changed").asLong()).isEqualTo(2);
        assertThat(moves(standard(s1, "1.2").get("moves"))).isEqualTo(Map.of("partly-met -> met", 2L));
        assertThat(s1.at("/filter/site").asText()).isEqualTo("s1");
        assertThat(around.at("/assessments/total").asLong()).isEqualTo(6);
        assertThat(later.at("/assessments/total").asLong()).isZero();
        assertThat(later.get("affected")).isEmpty();
        assertThat(earlier.at("/assessments/total").asLong()).isZero();
    }

    @Test
    void listsAtMostTheAffectedAssessmentsAskedFor() {
        JsonNode impact = json(api.get("/api/rulesets/demo/1.1.0/impact?limit=1"));

        assertThat(impact.get("affected")).extracting(a -> a.get("id").asText()).containsExactly(IDS.get(5));
        assertThat(impact.get("truncated").asBoolean()).isTrue();
        assertThat(impact.at("/assessments/changed").asLong()).isEqualTo(3);
    }

    @Test
    void refusesBadParametersAndUnknownVersions() {
        assertThat(api.get("/api/rulesets/demo/1.1.0/impact?from=yesterday").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/rulesets/demo/1.1.0/impact?from=2026-02-02&to=2026-02-01").statusCode())
                .isEqualTo(400);
        assertThat(api.get("/api/rulesets/demo/1.1.0/impact?limit=-1").statusCode()).isEqualTo(400);
        assertThat(json(api.get("/api/rulesets/demo/9.9.9/impact")).get("type").asText())
                .isEqualTo("urn:assessor:problem:no-such-rule-set");
    }

    /** A client that accepts anything, or says nothing, gets the analysis as one JSON document. */
    @Test
    void answersPlainJsonUnlessNewlineDelimitedJsonIsAskedFor() {
        for (String accept : new String[] {"*/*", "application/json", "application/x-ndjson;q=0.5, application/json"}) {
            HttpResponse<byte[]> response = api.send(api.request("/api/rulesets/demo/1.1.0/impact?limit=1")
                    .header("Accept", accept).GET());
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(accept)
                    .startsWith("application/json");
            assertThat(json(response).at("/assessments/total").asLong()).as(accept).isEqualTo(6);
        }
        HttpResponse<byte[]> none = api.get("/api/rulesets/demo/1.1.0/impact?limit=1");
        assertThat(none.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    }

    /** With Accept: application/x-ndjson, progress lines come first and the last line is the very same analysis. */
    @Test
    void streamsItsProgressThenTheSameAnalysisAsNewlineDelimitedJson() {
        HttpResponse<byte[]> streamed = api.send(api.request("/api/rulesets/demo/1.1.0/impact?limit=2")
                .header("Accept", "application/x-ndjson").GET());

        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(streamed.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : ApiClient.text(streamed).split("\n")) {
            lines.add(parsed(line));
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
        List<JsonNode> progress = lines.subList(0, lines.size() - 1);
        assertThat(progress).allSatisfy(p -> {
            assertThat(p.get("total").asLong()).isEqualTo(6);
            assertThat(p.get("done").asLong()).isBetween(0L, 6L);
            assertThat(p.has("elapsedMillis")).isTrue();
        });
        assertThat(progress.get(progress.size() - 1).get("done").asLong()).as("the last progress line").isEqualTo(6);
        JsonNode impact = lines.get(lines.size() - 1).get("impact");
        JsonNode plain = json(api.get("/api/rulesets/demo/1.1.0/impact?limit=2"));
        assertThat(impact.get("assessments")).isEqualTo(plain.get("assessments"));
        assertThat(impact.get("standards")).isEqualTo(plain.get("standards"));
        assertThat(impact.get("affected")).isEqualTo(plain.get("affected"));
        assertThat(impact.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void refusesBadParametersAndUnknownVersionsBeforeStreaming() {
        HttpResponse<byte[]> unknown = api.send(api.request("/api/rulesets/demo/9.9.9/impact")
                .header("Accept", "application/x-ndjson").GET());
        HttpResponse<byte[]> bad = api.send(api.request("/api/rulesets/demo/1.1.0/impact?limit=-1")
                .header("Accept", "application/x-ndjson").GET());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(unknown).get("type").asText()).isEqualTo("urn:assessor:problem:no-such-rule-set");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).at("/errors/0/parameter").asText()).isEqualTo("limit");
    }

    private static JsonNode parsed(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
