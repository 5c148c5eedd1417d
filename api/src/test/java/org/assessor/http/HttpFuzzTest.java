package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;
import static org.assessor.testing.ApiClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.assessor.fuzz.SubmissionGenerator;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.server.Server;
import org.assessor.testing.ApiClient;
import org.assessor.testing.FixtureServer;

/**
 * Generated submissions (valid and broken, as {@link SubmissionGenerator} makes them) sent to a
 * real server: none gets a 5xx, every refusal is problem+json, a refused request leaves the
 * stored assessments exactly as they were, and every 201 is stored byte for byte.
 */
class HttpFuzzTest {
    private static final Set<Integer> EXPECTED = Set.of(200, 201, 400, 413, 415, 422);
    private static Path data;
    private static Server server;
    private static ApiClient api;
    private static QuestionnaireCatalog questionnaires;

    @BeforeContainer
    static void start() throws IOException {
        data = Files.createTempDirectory("assessor-fuzz-");
        server = FixtureServer.start(data);
        api = new ApiClient(server.uri());
        questionnaires = QuestionnaireCatalog.load(FixtureServer.QUESTIONNAIRES);
    }

    @AfterContainer
    static void stop() throws IOException {
        server.close();
        try (var files = Files.walk(data)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Property(tries = 300)
    void noGeneratedSubmissionGetsA5xxOrChangesStoredDataUnlessAccepted(@ForAll long seed) {
        Random random = new Random(seed);
        String body = new SubmissionGenerator(random, questionnaires.latest()).next("fuzz-http");
        String path = random.nextBoolean() ? "/api/assessments" : "/api/evaluations";
        String newestBefore = newest();

        HttpResponse<byte[]> response = api.send(api.request(path).header("Content-Type", ApiClient.JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

        Statistics.collect(response.statusCode());
        assertThat(response.statusCode()).as(text(response)).isIn(EXPECTED);
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = json(response);
            assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
            assertThat(text(response)).doesNotContain("at org.", "Exception");
            assertThat(newest()).as("a refused request stores nothing").isEqualTo(newestBefore);
        } else if (response.statusCode() == 201) {
            String id = json(response).get("id").asText();
            assertThat(newest()).isEqualTo(id);
            assertThat(api.get("/api/assessments/" + id).body()).isEqualTo(response.body());
        } else {
            assertThat(newest()).as("an evaluation stores nothing").isEqualTo(newestBefore);
        }
        Statistics.coverage(coverage -> {
            coverage.check(201).percentage(p -> p >= 10);
            coverage.check(422).percentage(p -> p >= 20);
            coverage.check(400).percentage(p -> p >= 3);
        });
    }

    /** The id of the newest stored assessment, of any site; "" if none. */
    private static String newest() {
        List<JsonNode> items = List.copyOf(java.util.stream.StreamSupport.stream(
                json(api.get("/api/assessments?limit=1")).get("items").spliterator(), false).toList());
        return items.isEmpty() ? "" : items.get(0).get("id").asText();
    }
}
