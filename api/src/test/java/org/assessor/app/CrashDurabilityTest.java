package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.assessor.server.Server;
import org.assessor.testing.ApiClient;
import org.assessor.testing.ChildServer;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.Submissions;
import org.assessor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 201 means durably stored, under load and whatever else is going on: the server runs in a
 * child JVM ({@code assessor serve --tokens}), takes concurrent mixed traffic (valid writes of
 * two sites, reads, invalid, forbidden and unauthenticated requests, large and oversized
 * bodies), has its token file rotated with SIGHUP mid-run, and is killed with SIGKILL while the
 * clients keep going. Restarted on the same data folder, it returns every acknowledged assessment
 * byte for byte; everything it holds is whole (each listed assessment reads back, of a site that
 * was written to) and at most one unacknowledged write per writer (the one in flight at the kill)
 * is there beyond the acknowledged ones. While the child ran, no request got a 5xx.
 */
class CrashDurabilityTest {
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;
    private static final long LOAD_MILLIS = 10_000;
    private static final String ROTATED = "rotated0token0for0the0crash0test0aaaaaaaaaaa";
    private static final List<String> SITES = List.of("north", "south");
    @TempDir
    Path temp;

    @Test
    void everyAcknowledgedAssessmentSurvivesKillDashNineUnderMixedLoad() throws Exception {
        Path data = temp.resolve("data");
        Path tokens = Tokens.write(temp);
        Queue<String> log = new ConcurrentLinkedQueue<>();
        Process child = ChildServer.start(data, tokens);
        Map<String, byte[]> acknowledged = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        Queue<String> serverErrors = new ConcurrentLinkedQueue<>();
        try {
            SecuredApi api = new SecuredApi(new ApiClient(ChildServer.awaitListening(child, log)));
            AtomicBoolean running = new AtomicBoolean(true);
            List<CompletableFuture<Void>> clients = new ArrayList<>();
            for (String site : SITES) {
                attempts.put(site, new AtomicInteger());
                clients.add(client(running, () -> write(api, site, attempts.get(site), acknowledged, serverErrors)));
            }
            clients.add(client(running, () -> misbehave(api, serverErrors)));
            clients.add(client(running, () -> sendLarge(api, serverErrors)));
            clients.add(client(running, () -> read(api, serverErrors)));

            long deadline = System.currentTimeMillis() + LOAD_MILLIS;
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL / 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            rotateTokens(api, tokens, child, log);
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            running.set(false);
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
        assertThat(serverErrors).as("no request got a 5xx while the server ran").isEmpty();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        try (Server restarted = Server.start(FixtureServer.config(data).withTokens(tokens))) {
            SecuredApi api = new SecuredApi(new ApiClient(restarted.uri()));
            acknowledged.forEach((id, bytes) -> {
                HttpResponse<byte[]> stored = api.get(ROTATED, "/api/assessments/" + id);
                assertThat(stored.statusCode()).as("acknowledged %s", id).isEqualTo(200);
                assertThat(stored.body()).as("acknowledged %s", id).isEqualTo(bytes);
            });
            Map<String, Integer> storedPerSite = new ConcurrentHashMap<>();
            for (String id : everyStoredId(api)) {
                HttpResponse<byte[]> stored = api.get(ROTATED, "/api/assessments/" + id);
                assertThat(stored.statusCode()).as("stored %s reads back whole", id).isEqualTo(200);
                JsonNode result = json(stored);
                assertThat(result.get("id").asText()).isEqualTo(id);
                assertThat(result.get("overall").get("rating").asText()).isNotBlank();
                assertThat(SITES).as("only the writers' sites were stored").contains(result.get("site").get("id").asText());
                storedPerSite.merge(result.get("site").get("id").asText(), 1, Integer::sum);
            }
            for (String site : SITES) {
                long acked = acknowledged.values().stream().filter(b -> parse(b).get("site").get("id").asText()
                        .equals(site)).count();
                assertThat(storedPerSite.getOrDefault(site, 0)).as("site %s: acknowledged %s", site, acked)
                        .isBetween((int) acked, (int) acked + 1);
            }
        }
    }

    /** Rewrites the token file with one more admin token, sends SIGHUP and waits until it is in force. */
    private static void rotateTokens(SecuredApi api, Path tokens, Process child, Queue<String> log) throws Exception {
        String json = Tokens.json().strip();
        Files.writeString(tokens, json.substring(0, json.length() - 1)
                + ", {\"token\": \"" + ROTATED + "\", \"role\": \"admin\"}]");
        assertThat(api.get(ROTATED, "/api/assessments").statusCode()).isEqualTo(401);
        assertThat(new ProcessBuilder("kill", "-HUP", Long.toString(child.pid())).start().waitFor()).isZero();
        for (int i = 0; i < 200 && api.get(ROTATED, "/api/assessments").statusCode() != 200; i++) {
            Thread.sleep(25);
        }
        assertThat(api.get(ROTATED, "/api/assessments").statusCode()).as("the new token after SIGHUP").isEqualTo(200);
        assertThat(api.get(Tokens.NORTH, "/api/assessments").statusCode()).as("the old tokens too").isEqualTo(200);
        assertThat(child.isAlive()).as("SIGHUP reloads, it does not stop the server").isTrue();
        assertThat(String.join("\n", log)).contains("access control: reloaded").doesNotContain(ROTATED);
    }

    private static CompletableFuture<Void> client(AtomicBoolean running, Runnable step) {
        return CompletableFuture.runAsync(() -> {
            try {
                while (running.get()) {
                    step.run();
                }
            } catch (UncheckedIOException killed) {
                // the server was killed mid-request: that request was not acknowledged
            }
        });
    }

    private static void write(SecuredApi api, String site, AtomicInteger attempts, Map<String, byte[]> acknowledged,
                              Queue<String> errors) {
        String token = site.equals("north") ? Tokens.NORTH : Tokens.SOUTH;
        int i = attempts.incrementAndGet();
        HttpResponse<byte[]> response = api.post(token, "/api/assessments",
                i % 2 == 0 ? Submissions.strong(site) : Submissions.weak(site));
        expect(response, Set.of(201), errors);
        if (response.statusCode() == 201) {
            acknowledged.put(json(response).get("id").asText(), response.body());
        }
    }

    /** Requests that must be refused: malformed, invalid, another site's, without or with a bad token. */
    private static void misbehave(SecuredApi api, Queue<String> errors) {
        expect(api.post(Tokens.NORTH, "/api/assessments", "{\"questionnaireId\": "), Set.of(400), errors);
        expect(api.post(Tokens.NORTH, "/api/assessments", "{\"questionnaireId\": \"demo\", \"site\": {\"id\": "
                + "\"north\"}, \"answers\": {\"1.1.a.1\": \"maybe\"}}"), Set.of(422), errors);
        expect(api.post(Tokens.NORTH, "/api/assessments", Submissions.strong("south")), Set.of(403), errors);
        expect(api.post(null, "/api/assessments", Submissions.strong("north")), Set.of(401), errors);
        expect(api.post(Tokens.UNKNOWN, "/api/assessments", Submissions.strong("north")), Set.of(401), errors);
        expect(api.post(Tokens.COMMISSIONER, "/api/assessments", Submissions.strong("north")), Set.of(403), errors);
    }

    /** A body over the 1 MiB limit, and a valid one with a hundred respondents. */
    private static void sendLarge(SecuredApi api, Queue<String> errors) {
        expect(api.post(Tokens.NORTH, "/api/evaluations", "{\"pad\": \"" + "x".repeat(1_100_000) + "\"}"),
                Set.of(413), errors);
        StringBuilder many = new StringBuilder("{\"questionnaireId\": \"demo\", \"site\": {\"id\": \"north\"}, "
                + "\"respondents\": [");
        for (int r = 0; r < 100; r++) {
            many.append(r == 0 ? "" : ",").append("{\"role\": \"frontline-staff\", \"answers\": {\"1.1.a.1\": \"")
                    .append(r % 3 == 0 ? "no" : "yes").append("\", \"1.1.a.3\": \"").append("e".repeat(900))
                    .append("\"}}");
        }
        expect(api.post(Tokens.NORTH, "/api/evaluations", many.append("]}").toString()), Set.of(200), errors);
    }

    private static void read(SecuredApi api, Queue<String> errors) {
        expect(api.get(Tokens.COMMISSIONER, "/api/assessments?limit=50"), Set.of(200), errors);
        expect(api.get(Tokens.SOUTH, "/api/assessments?site=north"), Set.of(200), errors);
    }

    private static void expect(HttpResponse<byte[]> response, Set<Integer> statuses, Queue<String> errors) {
        if (!statuses.contains(response.statusCode())) {
            errors.add(response.request().method() + " " + response.uri().getPath() + " -> " + response.statusCode()
                    + " " + new String(response.body(), StandardCharsets.UTF_8).substring(0,
                    Math.min(300, response.body().length)));
        }
    }

    private static List<String> everyStoredId(SecuredApi api) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = json(api.get(ROTATED, "/api/assessments?limit=100" + (cursor == null ? "" : "&cursor=" + cursor)));
            page.get("items").forEach(item -> ids.add(item.get("id").asText()));
            cursor = page.has("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return ids;
    }

    private static JsonNode parse(byte[] bytes) {
        return org.assessor.StrictJson.read(bytes);
    }
}
