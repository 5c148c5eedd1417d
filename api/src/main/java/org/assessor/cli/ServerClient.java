package org.assessor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assessor.api.ApiJson;

/** Calls a running Assessor server for the command line. */
final class ServerClient {
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ServerClient(URI base, String token) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.token = token == null || token.isBlank() ? null : token;
    }

    /** The status and JSON body of a response. */
    record Reply(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** Thrown when the server cannot be reached or answers with something that is not JSON. */
    static final class Unreachable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Reply get(String path) throws Unreachable {
        return send(request(path).header("Accept", "application/json").GET());
    }

    /**
     * GETs {@code path} as newline-delimited JSON, handing each line to {@code each} as it
     * arrives. A reply that is not a success (a problem+json body, or 406 from a server that
     * cannot stream) is returned whole, without calling {@code each}; a success is returned with
     * an empty body.
     */
    Reply getLines(String path, Consumer<JsonNode> each) throws Unreachable {
        HttpRequest built = request(path).header("Accept", "application/x-ndjson").GET().build();
        try {
            HttpResponse<Stream<String>> response = http.send(built, HttpResponse.BodyHandlers.ofLines());
            try (Stream<String> lines = response.body()) {
                if (response.statusCode() < 200 || response.statusCode() >= 300) {
                    String body = lines.collect(Collectors.joining("\n"));
                    return new Reply(response.statusCode(), body.isBlank() ? ApiJson.mapper().createObjectNode()
                            : ApiJson.mapper().readTree(body));
                }
                for (String line : (Iterable<String>) lines.filter(l -> !l.isBlank())::iterator) {
                    each.accept(ApiJson.mapper().readTree(line));
                }
            }
            return new Reply(response.statusCode(), ApiJson.mapper().createObjectNode());
        } catch (ConnectException e) {
            throw new Unreachable("cannot connect to " + base + " (is the server running?)", e);
        } catch (JsonProcessingException e) {
            throw new Unreachable(built.uri() + " did not answer with JSON; is " + base + " an Assessor server?", e);
        } catch (IOException | UncheckedIOException e) {
            throw new Unreachable("calling " + built.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted", e);
        }
    }

    Reply post(String path, Object body) throws Unreachable {
        String json;
        try {
            json = body == null ? "" : ApiJson.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path).header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Prints a problem+json reply's detail and any field errors, for people. */
    static void printProblem(Reply reply, PrintWriter err) {
        printProblem(reply, err, pointer -> null);
    }

    /**
     * Prints a problem+json reply's detail and any field errors, each followed by what {@code source}
     * says it came from on the command line (an option, a line of a file), when it knows.
     */
    static void printProblem(Reply reply, PrintWriter err, Function<String, String> source) {
        JsonNode body = reply.body();
        err.println("the server answered " + reply.status() + ": " + body.path("detail").asText(body.toString()));
        body.path("errors").forEach(e -> {
            String where = e.hasNonNull("pointer") ? e.get("pointer").asText() : e.path("parameter").asText();
            String from = e.hasNonNull("pointer") ? source.apply(where) : null;
            err.println("  " + where + (from == null ? "" : " (" + from + ")") + ": " + e.path("message").asText());
        });
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest.Builder request) throws Unreachable {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = response.body().isEmpty() ? ApiJson.mapper().createObjectNode()
                    : ApiJson.mapper().readTree(response.body());
            return new Reply(response.statusCode(), body);
        } catch (ConnectException e) {
            throw new Unreachable("cannot connect to " + base + " (is the server running?)", e);
        } catch (JsonProcessingException e) {
            throw new Unreachable(built.uri() + " did not answer with JSON; is " + base + " an Assessor server?", e);
        } catch (IOException e) {
            throw new Unreachable("calling " + built.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted", e);
        }
    }
}
