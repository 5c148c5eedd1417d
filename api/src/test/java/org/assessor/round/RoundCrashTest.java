package org.assessor.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
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
import org.assessor.testing.Rounds;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved answer that was acknowledged survives kill -9: twenty respondents keep saving through
 * a server in a child JVM, which is killed while they do; restarted on the same data, each
 * respondent's answers are the last acknowledged save, or the one in flight at the kill.
 */
class RoundCrashTest {
    private static final int RESPONDENTS = 20;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 200;
    @TempDir
    Path temp;

    @Test
    void everyAcknowledgedSaveSurvivesKillDashNine() throws Exception {
        Path data = temp.resolve("data");
        Path tokens = Tokens.write(temp);
        Queue<String> log = new ConcurrentLinkedQueue<>();
        Process child = ChildServer.start(data, tokens);
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger saves = new AtomicInteger();
        List<String> links = new ArrayList<>();
        try {
            Rounds rounds = new Rounds(new SecuredApi(new ApiClient(ChildServer.awaitListening(child, log))));
            String round = rounds.create(Tokens.NORTH, Rounds.roundBody("north", "crash", false,
                    "{\"frontline-staff\": " + RESPONDENTS + "}"));
            rounds.invite(Tokens.NORTH, round, "[" + "{\"role\": \"frontline-staff\"},".repeat(RESPONDENTS - 1)
                    + "{\"role\": \"frontline-staff\"}]").forEach(l -> links.add(l.get("token").asText()));
            AtomicBoolean running = new AtomicBoolean(true);
            List<CompletableFuture<Void>> clients = new ArrayList<>();
            for (String link : links) {
                clients.add(CompletableFuture.runAsync(() -> {
                    for (int n = 1; running.get(); n++) {
                        try {
                            HttpResponse<byte[]> saved = rounds.save(link, "{\"answers\": {\"1.1.a.3\": \"save " + n
                                    + "\"}}");
                            if (saved.statusCode() != 200) {
                                return;
                            }
                            acknowledged.put(link, n);
                            saves.incrementAndGet();
                        } catch (UncheckedIOException killed) {
                            return;
                        }
                    }
                }));
            }
            long deadline = System.currentTimeMillis() + 30_000;
            while (saves.get() < ACKNOWLEDGED_BEFORE_KILL && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            running.set(false);
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
        assertThat(saves.get()).isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        try (Server restarted = Server.start(FixtureServer.config(data).withTokens(tokens))) {
            Rounds rounds = new Rounds(new SecuredApi(new ApiClient(restarted.uri())));
            for (String link : links) {
                int acked = acknowledged.getOrDefault(link, 0);
                String stored = json(rounds.sheet(link)).get("answers").path("1.1.a.3").asText("save 0");
                int kept = Integer.parseInt(stored.substring("save ".length()));
                assertThat(kept).as("the last acknowledged save, or the one in flight").isBetween(acked, acked + 1);
            }
        }
    }
}
