package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assessor.testing.ApiClient;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.Submissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 201 means durably stored: the server runs in a child JVM ({@code assessor serve}), takes
 * writes from two clients, and is killed with SIGKILL while they keep writing; restarted on the
 * same data folder, it returns every acknowledged assessment byte for byte, and holds nothing
 * half-written.
 */
class CrashDurabilityTest {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/)");
    private static final int ACKNOWLEDGED_BEFORE_KILL = 30;
    @TempDir
    Path data;

    @Test
    void everyAcknowledgedAssessmentSurvivesKillDashNine() throws Exception {
        Process child = startChildServer();
        Map<String, byte[]> acknowledged = new ConcurrentHashMap<>();
        try {
            ApiClient api = new ApiClient(awaitListening(child));
            AtomicBoolean writing = new AtomicBoolean(true);
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                String site = "crash-site-" + w;
                writers.add(CompletableFuture.runAsync(() -> write(api, site, writing, acknowledged)));
            }
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && writers.stream().noneMatch(f -> f.isDone())) {
                Thread.sleep(5);
            }
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            writing.set(false);
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        try (Server restarted = FixtureServer.start(data)) {
            ApiClient api = new ApiClient(restarted.uri());
            acknowledged.forEach((id, bytes) -> {
                HttpResponse<byte[]> stored = api.get("/api/assessments/" + id);
                assertThat(stored.statusCode()).as("acknowledged %s", id).isEqualTo(200);
                assertThat(stored.body()).as("acknowledged %s", id).isEqualTo(bytes);
            });
            for (int w = 0; w < 2; w++) {
                JsonNode listed = json(api.get("/api/assessments?limit=100&site=crash-site-" + w)).get("items");
                for (JsonNode summary : listed) {
                    String id = summary.get("id").asText();
                    assertThat(json(api.get("/api/assessments/" + id)).get("id").asText()).isEqualTo(id);
                }
            }
        }
    }

    /** Posts assessments until told to stop or the server goes away; keeps the acknowledged ones. */
    private static void write(ApiClient api, String site, AtomicBoolean writing, Map<String, byte[]> acknowledged) {
        try {
            for (int i = 0; writing.get(); i++) {
                HttpResponse<byte[]> response = api.post("/api/assessments",
                        i % 2 == 0 ? Submissions.strong(site) : Submissions.weak(site));
                if (response.statusCode() == 201) {
                    acknowledged.put(json(response).get("id").asText(), response.body());
                }
            }
        } catch (UncheckedIOException killed) {
            // the server was killed mid-request: that request was not acknowledged
        }
    }

    private Process startChildServer() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                "org.assessor.cli.Main", "serve", "--port", "0", "--data", data.toString(),
                "--questionnaires", FixtureServer.QUESTIONNAIRES.toString(),
                "--rules", FixtureServer.RULES.toString())
                .redirectErrorStream(true).start();
    }

    /** The child's base URI, read from its startup log line; its later output is drained. */
    private static URI awaitListening(Process child) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<URI> listening = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        listening.complete(URI.create(m.group(1)));
                    }
                }
            } catch (IOException closed) {
                // the child is gone
            }
            listening.completeExceptionally(new AssertionError("the child server exited before listening"));
        }, "child-output");
        drain.setDaemon(true);
        drain.start();
        return listening.get(120, TimeUnit.SECONDS);
    }
}
