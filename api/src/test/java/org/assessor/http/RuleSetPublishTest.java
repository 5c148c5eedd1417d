package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;
import static org.assessor.testing.ApiClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.assessor.rules.RuleSetSource;
import org.assessor.testing.ApiClient;
import org.assessor.testing.DemoDrafts;
import org.assessor.testing.OwnServer;
import org.assessor.testing.Submissions;
import org.assessor.testing.Uploads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Publishing and retiring on a real server: the published version rates new assessments, the
 * one it replaces is retired, stored assessments keep the version they were rated with, and
 * evaluations running while versions are published back and forth never fail and never mix
 * two versions in one result.
 */
class RuleSetPublishTest {
    @RegisterExtension
    static final OwnServer SERVER = new OwnServer();
    private static RuleSetSource draft;
    private static String bundledHash;

    private final ApiClient api = SERVER.api();

    @BeforeAll
    static void uploadTheDraft() {
        draft = DemoDrafts.metFromHalf("1.1.0").source();
        assertThat(SERVER.api().post("/api/rulesets/demo", Uploads.of(draft)).statusCode()).isEqualTo(201);
        bundledHash = json(SERVER.api().get("/api/rulesets/demo/1.0.0")).get("hash").asText();
    }

    private JsonNode publish(String version) {
        HttpResponse<byte[]> response = api.post("/api/rulesets/demo/" + version + "/publish", "");
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        return json(response);
    }

    private Map<String, String> statuses() {
        Map<String, String> statuses = new TreeMap<>();
        json(api.get("/api/rulesets")).forEach(v -> statuses.put(v.get("version").asText(), v.get("status").asText()));
        return statuses;
    }

    /** The rule-set version, its hash and the rating of criterion 1.2.a, in one result. */
    private static String versionHashAndRating(JsonNode result) {
        return result.at("/ruleSet/version").asText() + " " + result.at("/ruleSet/hash").asText() + " "
                + result.at("/sections/0/standards/1/criteria/0/rating").asText() + " "
                + result.at("/sections/0/standards/1/criteria/0/reasons/0/rule").asText();
    }

    @Test
    void publishingActivatesTheVersionRetiresThePreviousAndLeavesStoredAssessmentsAsTheyWere() {
        HttpResponse<byte[]> stored = api.post("/api/assessments", Submissions.standard12("kept", "partly", "yes"));
        String id = json(stored).get("id").asText();
        try {
            JsonNode published = publish("1.1.0");

            assertThat(published.get("status").asText()).isEqualTo("active");
            assertThat(statuses()).containsEntry("1.0.0", "retired").containsEntry("1.1.0", "active");
            JsonNode fresh = json(api.post("/api/assessments", Submissions.standard12("fresh", "partly", "yes")));
            assertThat(fresh.at("/ruleSet/version").asText()).isEqualTo("1.1.0");
            assertThat(fresh.at("/ruleSet/hash").asText()).isEqualTo(draft.hash());
            assertThat(fresh.at("/overall/rating").asText()).isEqualTo("met");
            assertThat(api.get("/api/assessments/" + id).body()).isEqualTo(stored.body());
            assertThat(json(api.post("/api/evaluations", "{\"ruleSetVersion\": \"1.0.0\","
                    + Submissions.standard12("asks-for-old", "partly", "yes").substring(1))).at("/ruleSet/version")
                    .asText()).as("a retired version can still be asked for").isEqualTo("1.0.0");
            JsonNode back = json(api.get("/api/rulesets/demo/1.0.0/impact"));
            assertThat(back.at("/baseline/version").asText()).isEqualTo("1.1.0");
            assertThat(back.at("/assessments/changed").asLong())
                    .as("the assessment stored under 1.0.0 would move back; the one stored under 1.1.0 too")
                    .isEqualTo(2);
        } finally {
            publish("1.0.0");
        }
        assertThat(statuses()).containsEntry("1.0.0", "active").containsEntry("1.1.0", "retired");
    }

    @Test
    void theActiveVersionCannotBeRetiredButAnotherCan() {
        RuleSetSource other = DemoDrafts.copy("0.9.0").source();
        assertThat(api.post("/api/rulesets/demo", Uploads.of(other)).statusCode()).isEqualTo(201);

        HttpResponse<byte[]> active = api.post("/api/rulesets/demo/1.0.0/retire", "");
        HttpResponse<byte[]> retired = api.post("/api/rulesets/demo/0.9.0/retire", "");
        HttpResponse<byte[]> again = api.post("/api/rulesets/demo/0.9.0/retire", "");
        HttpResponse<byte[]> unknown = api.post("/api/rulesets/demo/0.0.1/publish", "");

        assertThat(active.statusCode()).isEqualTo(409);
        assertThat(json(active).get("detail").asText()).contains("publish another version first");
        assertThat(retired.statusCode()).isEqualTo(200);
        assertThat(json(retired).get("status").asText()).isEqualTo("retired");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(statuses()).containsEntry("1.0.0", "active").containsEntry("0.9.0", "retired");
    }

    @Test
    void evaluationsWhilePublishingBackAndForthNeverFailAndNeverMixVersions() throws Exception {
        Set<String> consistent = Set.of(
                "1.0.0 " + bundledHash + " partly-met 1.2.a partly-met",
                "1.1.0 " + draft.hash() + " met 1.2.a met");
        String submission = Submissions.standard12("under-load", "partly", "yes");
        int evaluators = 4;
        int flips = 12;
        ExecutorService pool = Executors.newFixedThreadPool(evaluators + 1);
        AtomicBoolean publishing = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(evaluators);
        Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
        try {
            Future<?>[] runs = new Future<?>[evaluators];
            for (int t = 0; t < evaluators; t++) {
                runs[t] = pool.submit(() -> {
                    started.countDown();
                    do {
                        HttpResponse<byte[]> response = api.post("/api/evaluations", submission);
                        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
                        seen.computeIfAbsent(versionHashAndRating(json(response)), k -> new AtomicInteger())
                                .incrementAndGet();
                    } while (publishing.get());
                    return null;
                });
            }
            started.await(30, TimeUnit.SECONDS);
            try {
                for (int i = 0; i < flips; i++) {
                    String version = i % 2 == 0 ? "1.1.0" : "1.0.0";
                    publish(version);
                    if (i < 2) {
                        // let the evaluators rate under each version at least once, however busy the machine
                        long deadline = System.currentTimeMillis() + 30_000;
                        while (seen.keySet().stream().noneMatch(k -> k.startsWith(version + " "))
                                && System.currentTimeMillis() < deadline) {
                            Thread.sleep(5);
                        }
                    }
                }
            } finally {
                publishing.set(false);
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(seen.keySet()).isSubsetOf(consistent);
        assertThat(seen.keySet()).as("both versions rated while publishing").hasSize(2);
        assertThat(statuses()).containsEntry("1.0.0", "active");
    }
}
