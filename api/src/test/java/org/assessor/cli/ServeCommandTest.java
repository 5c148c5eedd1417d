package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assessor serve}: its help, and what it refuses before starting anything. */
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
                "--questionnaires=DIR", "--rules=DIR", "SIGTERM");
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
    void rejectsAnImpossiblePortAsWrongUsage() {
        assertThat(run("serve", "--port", "70000", "--data", temp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--port must be 0 to 65535");
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
