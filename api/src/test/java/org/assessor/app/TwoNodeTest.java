package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.assessor.rules.RuleSetSource;
import org.assessor.server.Server;
import org.assessor.store.DatabaseConfig;
import org.assessor.testing.ApiClient;
import org.assessor.testing.ConcurrentWriter;
import org.assessor.testing.DemoDrafts;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.PostgresCluster;
import org.assessor.testing.Submissions;
import org.assessor.testing.Uploads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two servers, each started as {@code assessor serve --db} starts one, on one PostgreSQL
 * database: what one node stores the other serves; a rule set published through one rates on the
 * other within seconds; writes through both at once are each stored once; and when the database
 * stops and starts again, both nodes answer 503 with {@code Retry-After} meanwhile, keep
 * evaluating, and serve again without a restart, with every acknowledged assessment intact and
 * nothing half-written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeTest {
    private static final Logger LOG = LoggerFactory.getLogger(TwoNodeTest.class);
    private final PostgresCluster postgres = PostgresCluster.shared();
    private Server nodeA;
    private Server nodeB;
    private ApiClient a;
    private ApiClient b;

    @BeforeAll
    void startTwoNodes(@TempDir Path unused) {
        DatabaseConfig database = postgres.newDatabase();
        nodeA = Server.start(FixtureServer.config(unused.resolve("a")).withDatabase(database));
        nodeB = Server.start(FixtureServer.config(unused.resolve("b")).withDatabase(database));
        a = new ApiClient(nodeA.uri());
        b = new ApiClient(nodeB.uri());
    }

    @AfterAll
    void stopNodes() {
        for (Server node : new Server[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void anAssessmentWrittenThroughOneNodeIsReadThroughTheOther() {
        HttpResponse<byte[]> created = a.post("/api/assessments", Submissions.strong("two-node-read"));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = json(created).get("id").asText();

        HttpResponse<byte[]> read = b.get("/api/assessments/" + id);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(created.body());
        assertThat(listIds(b, "two-node-read")).containsExactly(id);
        assertThat(b.get("/api/assessments/" + id + "/report.pdf").statusCode()).isEqualTo(200);
    }

    @Test
    void aRuleSetPublishedThroughOneNodeRatesNewEvaluationsOnTheOtherWithinFiveSeconds() throws Exception {
        RuleSetSource draft = DemoDrafts.metFromHalf("1.1.0").source();
        String submission = Submissions.standard12("two-node-publish", "partly", "yes");
        assertThat(ratedWith(b, submission)).isEqualTo("1.0.0 partly-met");

        assertThat(a.post("/api/rulesets/demo", Uploads.of(draft)).statusCode()).isEqualTo(201);
        assertThat(a.post("/api/rulesets/demo/1.1.0/publish", "").statusCode()).isEqualTo(200);
        long published = System.nanoTime();
        long deadline = published + TimeUnit.SECONDS.toNanos(5);
        String rated = ratedWith(b, submission);
        while (!rated.startsWith("1.1.0") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            rated = ratedWith(b, submission);
        }
        LOG.info("node B rated with the version published through node A {} ms after the publish returned",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - published));

        assertThat(rated).as("node B within 5 s of the publish on node A").isEqualTo("1.1.0 met");
        JsonNode stored = json(b.post("/api/assessments", submission));
        assertThat(stored.get("ruleSet").get("version").asText()).isEqualTo("1.1.0");
        assertThat(stored.get("ruleSet").get("hash").asText()).isEqualTo(draft.hash());
    }

    @Test
    void writesThroughBothNodesAtOnceAreEachStoredExactlyOnce() throws Exception {
        String site = "two-node-concurrent";
        Map<String, byte[]> acknowledged = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (ApiClient node : List.of(a, b)) {
                for (int t = 0; t < 4; t++) {
                    writers.add(pool.submit(ConcurrentWriter.storing(node, site, t, 25, acknowledged)));
                }
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(acknowledged).hasSize(2 * 4 * 25);
        for (ApiClient node : List.of(a, b)) {
            List<String> listed = listIds(node, site);
            assertThat(listed).hasSize(200).doesNotHaveDuplicates();
            assertThat(new HashSet<>(listed)).isEqualTo(acknowledged.keySet());
        }
        acknowledged.forEach((id, bytes) -> assertThat(b.get("/api/assessments/" + id).body()).isEqualTo(bytes));
    }

    @Test
    void bothNodesRideOutADatabaseOutageWithoutARestart() throws Exception {
        String site = "two-node-outage";
        Map<String, byte[]> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<Void>> writerResults = new ArrayList<>();
        boolean databaseUp = true;
        try {
            for (ApiClient node : List.of(a, b)) {
                writerResults.add(writers.submit(
                        () -> keepWriting(node, site, writing, acknowledged, refused, unexpected)));
            }
            awaitAtLeast(acknowledged, 10);

            postgres.stop("immediate");
            databaseUp = false;
            int acknowledgedBeforeOutage = acknowledged.size();
            String stored = acknowledged.keySet().iterator().next();
            List<Callable<Void>> duringOutage = new ArrayList<>();
            for (ApiClient node : List.of(a, b)) {
                duringOutage.add(() -> assertRefusedWithRetryAfter(
                        node.post("/api/assessments", Submissions.strong(site))));
                duringOutage.add(() -> assertRefusedWithRetryAfter(node.get("/api/assessments/" + stored)));
                duringOutage.add(() -> {
                    HttpResponse<byte[]> health = node.get("/health");
                    assertThat(health.statusCode()).isEqualTo(503);
                    assertThat(health.headers().firstValue("Retry-After")).isPresent();
                    assertThat(json(health).get("storage").asText()).isEqualTo("unavailable");
                    return null;
                });
                duringOutage.add(() -> {
                    assertThat(node.post("/api/evaluations", Submissions.weak(site)).statusCode())
                            .as("evaluations need no database").isEqualTo(200);
                    return null;
                });
            }
            ExecutorService checks = Executors.newFixedThreadPool(duringOutage.size());
            try {
                for (Future<Void> check : checks.invokeAll(duringOutage)) {
                    check.get();
                }
            } finally {
                checks.shutdownNow();
            }

            postgres.start();
            databaseUp = true;
            long restarted = System.nanoTime();
            for (ApiClient node : List.of(a, b)) {
                awaitHealthy(node);
                LOG.info("{} healthy {} ms after the database started again", node.base(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted));
            }
            int acknowledgedAtRestart = acknowledged.size();
            awaitAtLeast(acknowledged, acknowledgedAtRestart + 10);
            LOG.info("outage: {} writes acknowledged before it, {} refused with 503; 10 more acknowledged {} ms "
                    + "after the database started", acknowledgedBeforeOutage, refused.get(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted));
        } finally {
            writing.set(false);
            writers.shutdown();
            if (!databaseUp) {
                postgres.start();
            }
        }
        for (Future<Void> writer : writerResults) {
            writer.get(60, TimeUnit.SECONDS);
        }

        assertThat(unexpected).isEmpty();
        assertThat(refused.get()).as("writes refused during the outage").isPositive();
        for (ApiClient node : List.of(a, b)) {
            HttpResponse<byte[]> after = node.post("/api/assessments", Submissions.weak(site));
            assertThat(after.statusCode()).isEqualTo(201);
            acknowledged.put(json(after).get("id").asText(), after.body());
        }
        for (ApiClient node : List.of(a, b)) {
            acknowledged.forEach((id, bytes) -> {
                HttpResponse<byte[]> stored = node.get("/api/assessments/" + id);
                assertThat(stored.statusCode()).as("acknowledged %s", id).isEqualTo(200);
                assertThat(stored.body()).as("acknowledged %s", id).isEqualTo(bytes);
            });
        }
        List<String> listed = listIds(b, site);
        assertThat(listed).containsAll(acknowledged.keySet());
        assertThat(listed.size() - acknowledged.size())
                .as("stored but refused: only writes whose commit raced the crash").isBetween(0, refused.get());
        for (String id : listed) {
            assertThat(json(a.get("/api/assessments/" + id)).get("id").asText()).as("whole, not half-written")
                    .isEqualTo(id);
        }
    }

    /** The rule-set version and overall rating {@code node} gives {@code submission}, e.g. {@code 1.0.0 met}. */
    private static String ratedWith(ApiClient node, String submission) {
        JsonNode result = json(node.post("/api/evaluations", submission));
        return result.get("ruleSet").get("version").asText() + " " + result.get("overall").get("rating").asText();
    }

    /** Posts assessments until told to stop, sorting each answer into acknowledged, refused or unexpected. */
    private static Void keepWriting(ApiClient node, String site, AtomicBoolean writing,
                                    Map<String, byte[]> acknowledged, AtomicInteger refused, List<String> unexpected) {
        for (int i = 0; writing.get(); i++) {
            HttpResponse<byte[]> response = node.post("/api/assessments",
                    i % 2 == 0 ? Submissions.strong(site) : Submissions.weak(site));
            if (response.statusCode() == 201) {
                acknowledged.put(json(response).get("id").asText(), response.body());
            } else if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()) {
                refused.incrementAndGet();
            } else {
                unexpected.add(response.statusCode() + " " + ApiClient.text(response));
            }
        }
        return null;
    }

    private static Void assertRefusedWithRetryAfter(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("type").asText()).isEqualTo("urn:assessor:problem:storage-unavailable");
        return null;
    }

    private static void awaitAtLeast(Map<String, byte[]> acknowledged, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < count) {
            assertThat(System.nanoTime()).as("%d acknowledged writes within 60 s", count).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void awaitHealthy(ApiClient node) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (node.get("/health").statusCode() != 200) {
            assertThat(System.nanoTime()).as("%s healthy again within 60 s", node.base()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Every id listed for {@code site}, newest first, page by page. */
    private static List<String> listIds(ApiClient node, String site) {
        List<String> ids = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String query = "/api/assessments?site=" + site + "&limit=100";
        JsonNode page = json(node.get(query));
        while (true) {
            page.get("items").forEach(i -> ids.add(i.get("id").asText()));
            if (!page.has("nextCursor")) {
                return ids;
            }
            assertThat(cursors.add(page.get("nextCursor").asText())).isTrue();
            page = json(node.get(query + "&cursor=" + page.get("nextCursor").asText()));
        }
    }
}
