package org.assessor.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code assessor serve} in a child JVM on the fixture, for tests that kill it with SIGKILL: what
 * survives a kill -9 is what was durably stored.
 */
public final class ChildServer {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/)");

    private ChildServer() {
    }

    /** Starts {@code assessor serve --tokens tokens} on a free port, keeping data in {@code data}. */
    public static Process start(Path data, Path tokens) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                "org.assessor.cli.Main", "serve", "--port", "0", "--data", data.toString(),
                "--questionnaires", FixtureServer.QUESTIONNAIRES.toString(),
                "--rules", FixtureServer.RULES.toString(), "--tokens", tokens.toString())
                .redirectErrorStream(true).start();
    }

    /** The child's base URI, read from its startup log line; its later output is kept in {@code log}. */
    public static URI awaitListening(Process child, Queue<String> log) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<URI> listening = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    log.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        listening.complete(URI.create(m.group(1)));
                    }
                }
            } catch (IOException closed) {
                // the child is gone
            }
            listening.completeExceptionally(new AssertionError("the child server exited before listening:\n"
                    + String.join("\n", log)));
        }, "child-output");
        drain.setDaemon(true);
        drain.start();
        return listening.get(120, TimeUnit.SECONDS);
    }
}
