package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assessor.server.Server;
import org.assessor.testing.ApiClient;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.Submissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping and starting the server: stored assessments come back byte for byte; stopping lets requests finish. */
class RestartTest {
    @TempDir
    Path data;

    @Test
    void storedAssessmentsSurviveARestartByteForByte() {
        Map<String, byte[]> stored = new LinkedHashMap<>();
        try (Server server = FixtureServer.start(data)) {
            ApiClient api = new ApiClient(server.uri());
            for (String body : new String[] {Submissions.strong("restart-site"), Submissions.weak("restart-site")}) {
                var response = api.post("/api/assessments", body);
                stored.put(json(response).get("id").asText(), response.body());
            }
        }

        try (Server server = FixtureServer.start(data)) {
            ApiClient api = new ApiClient(server.uri());
            stored.forEach((id, bytes) -> assertThat(api.get("/api/assessments/" + id).body()).isEqualTo(bytes));
            assertThat(json(api.get("/api/assessments?site=restart-site")).get("items")).hasSize(2);
        }
    }

    @Test
    void stoppingLetsAnInFlightRequestFinishAndStoresIt() throws Exception {
        Server server = FixtureServer.start(data);
        byte[] body = Submissions.strong("in-flight-site").getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;
        String status;
        try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST /api/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(statusLine(in)).as("the server has the request in hand").isEqualTo("HTTP/1.1 100 Continue");
            out.write(body, 0, half);
            out.flush();

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
            awaitNoLongerAccepting(server);
            assertThat(stopping).isNotDone();

            out.write(body, half, body.length - half);
            out.flush();
            status = statusLine(in);
            stopping.get(30, TimeUnit.SECONDS);
        }

        assertThat(status).isEqualTo("HTTP/1.1 201 Created");
        try (Server restarted = FixtureServer.start(data)) {
            ApiClient api = new ApiClient(restarted.uri());
            assertThat(json(api.get("/api/assessments?site=in-flight-site")).get("items")).hasSize(1);
        }
    }

    private static void awaitNoLongerAccepting(Server server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try {
                new Socket(server.uri().getHost(), server.port()).close();
                Thread.sleep(20);
            } catch (IOException refused) {
                return;
            }
        }
        throw new AssertionError("the server kept accepting connections while stopping");
    }

    /** Reads a response head up to its blank line and returns its first line. */
    private static String statusLine(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        for (int c = in.read(); c != -1 && !head.toString().endsWith("\r\n\r"); c = in.read()) {
            head.append((char) c);
        }
        return head.substring(0, Math.max(0, head.indexOf("\r")));
    }
}
