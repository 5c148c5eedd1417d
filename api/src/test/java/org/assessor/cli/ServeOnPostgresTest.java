package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assessor.store.DatabaseConfig;
import org.assessor.testing.ApiClient;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.PostgresCluster;
import org.assessor.testing.Submissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assessor serve --db} in a child JVM, with the user and password only in the
 * environment, as a deployment would give them: it serves from PostgreSQL, says where its data
 * is, and nothing it prints from start to stop holds the password.
 */
class ServeOnPostgresTest {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/) \\(data: ([^;]+);");
    @TempDir
    Path temp;
    /** What the child has printed so far. */
    private final StringBuffer seen = new StringBuffer();

    @Test
    void servesWithCredentialsFromTheEnvironmentAndNeverPrintsThePassword() throws Exception {
        PostgresCluster postgres = PostgresCluster.shared();
        DatabaseConfig database = postgres.newDatabase();
        ProcessBuilder serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), "org.assessor.cli.Main", "serve",
                "--port", "0", "--db", database.jdbcUrl(), "--data", temp.resolve("unused").toString(),
                "--questionnaires", FixtureServer.QUESTIONNAIRES.toString(), "--rules", FixtureServer.RULES.toString())
                .redirectErrorStream(true);
        serve.environment().put("ASSESSOR_DB_USER", PostgresCluster.USER);
        serve.environment().put("ASSESSOR_DB_PASSWORD", PostgresCluster.PASSWORD);
        Process child = serve.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(child.getInputStream()));
        try {
            Matcher listening = awaitListening(child);
            assertThat(listening.group(2)).isEqualTo("PostgreSQL at //127.0.0.1:" + postgres.port() + "/"
                    + database.jdbcUrl().substring(database.jdbcUrl().lastIndexOf('/') + 1) + " as "
                    + PostgresCluster.USER);
            ApiClient api = new ApiClient(URI.create(listening.group(1)));
            HttpResponse<byte[]> created = api.post("/api/assessments", Submissions.strong("serve-on-postgres"));
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(api.get(created.headers().firstValue("Location").orElseThrow()).body())
                    .isEqualTo(created.body());
        } finally {
            // SIGTERM through the handle: Process.destroy() would also close the pipe we read the log from.
            child.toHandle().destroy();
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new AssertionError("the child did not stop within 60 s of SIGTERM; its output:\n" + seen);
            }
        }
        assertThat(output.get(10, TimeUnit.SECONDS)).contains("stopped").doesNotContain(PostgresCluster.PASSWORD);
    }

    /** Waits for the child's "listening on" line in what {@link #readAll} has collected. */
    private Matcher awaitListening(Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(seen.toString());
            if (m.find()) {
                return m;
            }
            assertThat(child.isAlive()).as("the child is running; its output:%n%s", seen).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("the child did not start listening within 120 s; its output:\n" + seen);
    }

    private String readAll(InputStream in) {
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException closed) {
            // the child is gone
        }
        return seen.toString();
    }
}
