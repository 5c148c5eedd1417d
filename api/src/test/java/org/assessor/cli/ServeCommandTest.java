package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assessor.RuleSetFiles;
import org.assessor.testing.FixtureServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assessor serve}: its help, what it refuses before starting anything, a database it
 * cannot reach, and a rule set that does not compile.
 */
class ServeCommandTest {
    @TempDir
    Path temp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void helpListsEveryOptionWithItsDefault() {
        int code = run("serve", "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("--port=PORT", "default: 8080", "--host=HOST", "default: 127.0.0.1",
                "--data=DIR", "--max-body-bytes=BYTES", "default: 1048576", "--shutdown-grace=SECONDS",
                "--questionnaires=DIR", "--rules=DIR", "SIGTERM", "--db=JDBC_URL", "--db-user=USER",
                "--db-password=PASSWORD", "--db-pool-size=N", "default: 5", "ASSESSOR_DB_USER",
                "ASSESSOR_DB_PASSWORD");
    }

    @Test
    void theTopLevelHelpNamesTheServeCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("serve", "evaluate", "rules");
    }

    @Test
    void refusesToListenBeyondLoopbackWithoutAccessControl() {
        Path data = temp.resolve("data");

        int code = run("serve", "--host", "0.0.0.0", "--port", "0", "--data", data.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("refusing to listen on 0.0.0.0", "loopback");
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void refusesToStartWithAnInvalidTokenFileAndCreatesNothing() throws Exception {
        Path data = temp.resolve("data");
        Path tokens = Files.writeString(temp.resolve("tokens.json"),
                "[{\"token\": \"0123456789abcdef0123456789abcdef\", \"role\": \"site\"}]");

        int code = run("serve", "--host", "0.0.0.0", "--port", "0", "--data", data.toString(), "--tokens",
                tokens.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("tokens.json", "entry 1: a site token needs site")
                .doesNotContain("0123456789abcdef0123456789abcdef");
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void helpExplainsTheTokenFile() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("--tokens=FILE", "Authorization: Bearer TOKEN",
                "SIGHUP re-reads the token file", "peer-reviewer, commissioner, auditor, admin");
    }

    @Test
    void rejectsAnImpossiblePortAsWrongUsage() {
        assertThat(run("serve", "--port", "70000", "--data", temp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--port must be 0 to 65535");
    }

    @Test
    void rejectsADatabaseUrlThatIsNotPostgresAsWrongUsage() {
        assertThat(run("serve", "--port", "0", "--db", "jdbc:mysql://db/assessor")).isEqualTo(2);
        assertThat(err.toString()).contains("--db: the database URL must start with jdbc:postgresql:");
    }

    @Test
    void rejectsDatabaseCredentialsWithoutADatabase() {
        assertThat(run("serve", "--port", "0", "--data", temp.toString(), "--db-user", "app")).isEqualTo(2);
        assertThat(err.toString()).contains("--db-user and --db-password need --db");
    }

    @Test
    void rejectsAnEmptyOrHugePool() {
        assertThat(run("serve", "--port", "0", "--data", temp.toString(), "--db-pool-size", "0")).isEqualTo(2);
        assertThat(run("serve", "--port", "0", "--data", temp.toString(), "--db-pool-size", "201")).isEqualTo(2);
        assertThat(err.toString()).contains("--db-pool-size must be 1 to 200");
    }

    @Test
    void exitsWithTheReasonWhenTheDatabaseCannotBeReachedAndNeverPrintsThePassword() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        int code = run("serve", "--port", "0", "--db", "jdbc:postgresql://127.0.0.1:" + closedPort + "/assessor",
                "--db-user", "app", "--db-password", "hunter2-never-shown");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("assessor serve: cannot open the database (PostgreSQL at //127.0.0.1:"
                + closedPort + "/assessor as app)", "refused").doesNotContain("hunter2");
        assertThat(out.toString()).doesNotContain("hunter2");
    }

    @Test
    void exitsListingEveryProblemWhenARuleSetDoesNotCompile() {
        RuleSetFiles.of(FixtureServer.RULES.resolve("demo/1.0.0"))
                .replace("30-consolidate.drl", "top * 2 > rated )", "top * 2 > rated")
                .writeTo(temp.resolve("rules/demo/1.0.0"));

        int code = run("serve", "--port", "0", "--data", temp.resolve("data").toString(),
                "--questionnaires", FixtureServer.QUESTIONNAIRES.toString(), "--rules", temp.resolve("rules").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("assessor serve: rule set demo/1.0.0 is invalid", "  30-consolidate.drl:",
                "rules validate DIR");
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
