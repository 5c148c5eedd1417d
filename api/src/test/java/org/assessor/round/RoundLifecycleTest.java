package org.assessor.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;
import static org.assessor.testing.ApiClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assessor.server.Server;
import org.assessor.testing.ApiClient;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.Rounds;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.TestDatabase;
import org.assessor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A whole round through the real server on each database: a site's lead opens a round and
 * invites twelve respondents in four roles; nine answer part of the questionnaire, come back on a
 * "second device" (a new client, with nothing but the link) and finish; one abandons half-way;
 * two never open their link. Closing stores an assessment equal to the evaluation of the same
 * answers posted the old way, in one body; late answers are refused.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class RoundLifecycleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] LEVELS = {"yes", "partly", "no"};
    private static final List<String> ROLES = List.of("board", "senior-manager", "frontline-staff", "partner");

    @Parameter
    TestDatabase kind;
    @TempDir
    Path temp;

    @Test
    void aSiteRunsAWholeRoundThroughTheApiAndGetsTheAssessmentItWouldHaveTypedInByHand() throws Exception {
        try (Server server = Server.start(FixtureServer.config(temp.resolve("data")).withTokens(Tokens.write(temp))
                .withDatabase(kind.config()))) {
            SecuredApi api = new SecuredApi(new ApiClient(server.uri()));
            Rounds rounds = new Rounds(api);
            String round = rounds.create(Tokens.NORTH, Rounds.roundBody("north", "baseline", false,
                    "{\"board\": 3, \"senior-manager\": 3, \"frontline-staff\": 3, \"partner\": 3}"));

            StringBuilder people = new StringBuilder("[");
            for (int i = 0; i < 12; i++) {
                people.append(i == 0 ? "" : ",").append("{\"role\": \"").append(ROLES.get(i % 4))
                        .append("\", \"name\": \"Person ").append(i).append("\", \"email\": \"p").append(i)
                        .append("@north.example\"}");
            }
            List<JsonNode> links = rounds.invite(Tokens.NORTH, round, people.append("]").toString());
            assertThat(links).hasSize(12).allSatisfy(l -> {
                assertThat(l.get("token").asText()).matches("[A-Za-z0-9_-]{43}");
                assertThat(l.get("message").asText()).contains(l.get("link").asText());
                assertThat(l.get("sent").asBoolean()).isFalse();
            });

            Map<String, Map<String, JsonNode>> answered = new LinkedHashMap<>();
            for (int i = 0; i < 10; i++) {
                String link = links.get(i).get("token").asText();
                String first = Rounds.FIRST_PART.formatted(LEVELS[i % 3], LEVELS[(i + 1) % 3]);
                rounds.saved(link, first);
                if (i == 9) {
                    continue;
                }
                SecuredApi secondDevice = new SecuredApi(new ApiClient(server.uri()));
                JsonNode resumed = json(new Rounds(secondDevice).sheet(link));
                assertThat(resumed.get("answers").get("1.1.a.1").asText()).isEqualTo(LEVELS[i % 3]);
                assertThat(resumed.get("missing")).extracting(JsonNode::asText)
                        .containsExactly("1.2.b.1", "2.1.a.1", "2.1.b.1", "2.1.c.1");
                HttpResponse<byte[]> early = new Rounds(secondDevice).submit(link);
                assertThat(early.statusCode()).isEqualTo(422);
                assertThat(text(early)).contains("/answers/1.2.b.1");
                String second = Rounds.SECOND_PART.formatted(LEVELS[(i + 2) % 3], LEVELS[i % 3]);
                new Rounds(secondDevice).saved(link, second);
                HttpResponse<byte[]> done = new Rounds(secondDevice).submit(link);
                assertThat(done.statusCode()).as(text(done)).isEqualTo(200);
                assertThat(json(done).get("submitted").asBoolean()).isTrue();
                Map<String, JsonNode> all = new LinkedHashMap<>();
                json(done).get("answers").fields().forEachRemaining(e -> all.put(e.getKey(), e.getValue()));
                answered.put("r" + i, all);
            }

            JsonNode progress = json(api.get(Tokens.NORTH, "/api/rounds/" + round + "/progress"));
            assertThat(progress.get("total").get("invited").asInt()).isEqualTo(12);
            assertThat(progress.get("total").get("started").asInt()).isEqualTo(10);
            assertThat(progress.get("total").get("submitted").asInt()).isEqualTo(9);
            assertThat(progress.get("notFinished")).extracting(n -> n.get("name").asText())
                    .containsExactlyInAnyOrder("Person 9", "Person 10", "Person 11");
            assertThat(json(api.get(Tokens.COMMISSIONER, "/api/rounds/" + round + "/progress")).get("total")
                    .get("submitted").asInt()).as("a commissioner reads every round's progress").isEqualTo(9);
            assertThat(api.get(Tokens.SOUTH, "/api/rounds/" + round + "/progress").statusCode())
                    .as("another site's round looks like none").isEqualTo(404);

            JsonNode provisional = json(api.get(Tokens.NORTH, "/api/rounds/" + round + "/rating"));
            assertThat(provisional.get("provisional").asBoolean()).isTrue();
            assertThat(provisional.get("responses").asInt()).isEqualTo(9);
            assertThat(provisional.get("result").has("id")).as("never stored").isFalse();
            assertThat(json(api.get(Tokens.NORTH, "/api/assessments?site=north")).get("items")).isEmpty();

            HttpResponse<byte[]> closed = api.post(Tokens.NORTH, "/api/rounds/" + round + "/close", null);
            assertThat(closed.statusCode()).as(text(closed)).isEqualTo(201);
            String assessment = json(closed).get("assessmentId").asText();
            assertThat(json(closed).get("round").get("status").asText()).isEqualTo("closed");
            assertThat(json(api.get(Tokens.NORTH, "/api/rounds/" + round)).get("assessmentId").asText())
                    .isEqualTo(assessment);

            JsonNode stored = json(api.get(Tokens.NORTH, "/api/assessments/" + assessment));
            JsonNode byHand = json(api.post(Tokens.NORTH, "/api/evaluations", oldWay(answered)));
            assertThat(withoutIdAndTime(stored)).isEqualTo(withoutIdAndTime(byHand));
            assertThat(withoutIdAndTime(provisional.get("result"))).isEqualTo(withoutIdAndTime(byHand));

            HttpResponse<byte[]> late = rounds.save(links.get(9).get("token").asText(), Rounds.SECOND_PART
                    .formatted("yes", "yes"));
            assertThat(late.statusCode()).isEqualTo(409);
            assertThat(text(late)).contains("round-closed").contains("takes no more answers");
            assertThat(api.post(Tokens.NORTH, "/api/rounds/" + round + "/close", null).statusCode()).isEqualTo(409);
        }
    }

    /** The same answers as one submission, with the respondent ids a round gives: role-n in invitation order. */
    private static String oldWay(Map<String, Map<String, JsonNode>> answered) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("questionnaireId", "demo");
        doc.putObject("site").put("id", "north").put("name", "north Mental Health Services");
        doc.put("cycle", "baseline");
        ArrayNode respondents = doc.putArray("respondents");
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (String key : answered.keySet()) {
            int i = Integer.parseInt(key.substring(1));
            String role = ROLES.get(i % 4);
            ObjectNode r = respondents.addObject();
            r.put("id", role + "-" + numbers.merge(role, 1, Integer::sum));
            r.put("role", role);
            ObjectNode answers = r.putObject("answers");
            answered.get(key).forEach(answers::set);
        }
        return doc.toString();
    }

    private static JsonNode withoutIdAndTime(JsonNode result) {
        ObjectNode copy = result.deepCopy();
        copy.remove("id");
        copy.remove("evaluatedAt");
        return copy;
    }
}
