package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assessor.server.Server;
import org.assessor.server.ServerConfig;
import org.assessor.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A burst is not a failure: a node that has only just started (rule sets perhaps still
 * compiling) and gets 80 stores at once, more than it queues, answers each with 201 or with 503 and
 * {@code Retry-After}, never 500, and takes new work afterwards. Its readiness endpoint says
 * "starting" until the rule sets have compiled. The real server with the bundled questionnaires
 * and rule sets, on a free port, with an H2 database in a fresh folder.
 */
class BurstTest {
    /** More than a two-core node queues (2 running, 48 waiting), so some are refused as busy. */
    private static final int BURST = 80;

    @TempDir
    Path data;

    @Test
    void eightyStoresRightAfterTheFirstHealthAnswerEndIn201Or503AndTheNodeGoesOn() throws Exception {
        String submission = Files.readString(Path.of("../examples/organisational-change-self.json"));
        int port = freePort();
        CompletableFuture<Server> starting = CompletableFuture.supplyAsync(() -> Server.start(ServerConfig.defaults()
                .withAddress("127.0.0.1", port).withDataFolder(data)));
        ApiClient api = new ApiClient(URI.create("http://127.0.0.1:" + port + "/"));
        awaitFirstHealthAnswer(api, starting);
        HttpResponse<byte[]> readyAtFirst = api.get("/health/ready");

        long sent = System.nanoTime();
        List<HttpResponse<byte[]>> responses = burst(api, submission, BURST);
        System.out.printf("burst of %d stores on a just-started node (readiness then %d): statuses %s in %d ms%n",
                BURST, readyAtFirst.statusCode(), responses.stream().collect(java.util.stream.Collectors.groupingBy(
                        HttpResponse::statusCode, java.util.TreeMap::new, java.util.stream.Collectors.counting())),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));

        try (Server server = starting.get(120, TimeUnit.SECONDS)) {
            assertThat(server.port()).isEqualTo(port);
            assertReadiness(readyAtFirst);
            long created = assertStoredOrBusy(responses);

            HttpResponse<byte[]> after = api.post("/api/assessments", submission);
            assertThat(after.statusCode()).as("the node takes new work after the burst").isEqualTo(201);
            HttpResponse<byte[]> ready = api.get("/health/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(json(ready).get("status").asText()).isEqualTo("ready");
            assertThat(json(api.get("/api/assessments?limit=100")).get("items").size())
                    .as("every 201 was stored, nothing else").isEqualTo((int) created + 1);
        }
    }

    /** Asserts every response of a burst is 201, or 503 busy with Retry-After, and some are 201; returns how many. */
    static long assertStoredOrBusy(List<HttpResponse<byte[]>> responses) {
        for (HttpResponse<byte[]> response : responses) {
            assertThat(response.statusCode()).as("every store of the burst: stored, or refused as busy")
                    .isIn(201, 503);
            if (response.statusCode() == 503) {
                assertThat(response.headers().firstValue("Retry-After")).as("a 503 says when to retry")
                        .isPresent();
                assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
                assertThat(json(response).get("type").asText())
                        .isEqualTo("urn:assessor:problem:evaluations-busy");
            }
        }
        long created = responses.stream().filter(r -> r.statusCode() == 201).count();
        assertThat(created).as("a burst is queued, not refused wholesale").isPositive();
        return created;
    }

    private static void assertReadiness(HttpResponse<byte[]> response) {
        JsonNode view = json(response);
        if (response.statusCode() == 503) {
            assertThat(view.get("status").asText()).isEqualTo("starting");
            assertThat(view.get("ruleSets").asText()).isEqualTo("compiling");
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
        } else {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(view.get("status").asText()).isEqualTo("ready");
        }
    }

    /** {@code count} stores of {@code submission} sent at once; their responses. */
    static List<HttpResponse<byte[]>> burst(ApiClient api, String submission, int count) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(count);
        try {
            List<Future<HttpResponse<byte[]>>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sent.add(clients.submit(() -> api.post("/api/assessments", submission)));
            }
            List<HttpResponse<byte[]>> responses = new ArrayList<>();
            for (Future<HttpResponse<byte[]>> response : sent) {
                responses.add(response.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            clients.shutdownNow();
        }
    }

    private static void awaitFirstHealthAnswer(ApiClient api, CompletableFuture<Server> starting)
            throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            if (starting.isCompletedExceptionally()) {
                starting.join();
            }
            try {
                api.get("/health");
                return;
            } catch (UncheckedIOException notYetListening) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the server never answered /health");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
