package org.assessor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.assessor.StrictJson;

/** A JDK {@link HttpClient} aimed at one server, with the calls the tests make. Thread-safe. */
public final class ApiClient {
    /** {@code application/json}. */
    public static final String JSON = "application/json";
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public ApiClient(URI base) {
        this.base = base;
    }

    /** The server's base URI. */
    public URI base() {
        return base;
    }

    /** A request builder for {@code path} (e.g. {@code /api/assessments}) on the server. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    }

    /** Sends {@code request}; the body as bytes. */
    public HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code GET path}. */
    public HttpResponse<byte[]> get(String path) {
        return send(request(path).GET());
    }

    /** {@code POST path} with {@code body} as {@code application/json}. */
    public HttpResponse<byte[]> post(String path, String body) {
        return send(request(path).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** The body of {@code response} parsed as JSON. */
    public static JsonNode json(HttpResponse<byte[]> response) {
        return StrictJson.read(response.body());
    }

    /** The body of {@code response} as text. */
    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
