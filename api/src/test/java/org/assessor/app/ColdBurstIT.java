package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.assessor.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The burst of issue 12 as it was found: a server in a JVM of its own, just launched from the
 * built jar (JIT cold, rule sets compiling), gets 40 stores at once the moment {@code /health}
 * first answers. Every one ends in 201 or in 503 with {@code Retry-After}, never 500, and the node
 * stores the next one. Runs after packaging (failsafe).
 */
class ColdBurstIT {
    @TempDir
    Path data;

    @Test
    void aFreshlyLaunchedNodeAnswersABurstWith201Or503AndGoesOn() throws Exception {
        String submission = Files.readString(Path.of("../examples/organisational-change-self.json"));
        int port = BurstTest.freePort();
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/assessor.jar", "serve", "--port", String.valueOf(port), "--data", data.toString())
                .redirectErrorStream(true).redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile())
                .start();
        try {
            ApiClient api = new ApiClient(URI.create("http://127.0.0.1:" + port + "/"));
            awaitFirstHealthAnswer(api, server);

            long sent = System.nanoTime();
            List<HttpResponse<byte[]>> responses = BurstTest.burst(api, submission, 40);
            System.out.printf("burst of 40 stores on a freshly launched JVM: statuses %s in %d ms%n",
                    responses.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, TreeMap::new,
                            Collectors.counting())), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));

            long created = BurstTest.assertStoredOrBusy(responses);
            assertThat(api.post("/api/assessments", submission).statusCode())
                    .as("the node takes new work after the burst").isEqualTo(201);
            assertThat(created).isBetween(1L, 40L);
        } finally {
            server.destroy();
            server.waitFor(15, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
    }

    private static void awaitFirstHealthAnswer(ApiClient api, Process server) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            assertThat(server.isAlive()).as("the server process is running").isTrue();
            try {
                api.get("/health");
                return;
            } catch (UncheckedIOException notYetListening) {
                Thread.sleep(25);
            }
        }
        throw new AssertionError("the server never answered /health");
    }
}
