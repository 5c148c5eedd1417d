package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import org.assessor.RuleSetFiles;
import org.assessor.rules.RuleProblem;
import org.assessor.rules.RuleSetInvalid;
import org.assessor.server.Server;
import org.assessor.server.ServerConfig;
import org.assessor.testing.ApiClient;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.Submissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting up: the server listens while its rule sets compile, but a rule set that does not
 * compile still stops the start, and leaves neither a listener nor a locked data folder behind.
 */
class StartupTest {
    @TempDir
    Path data;
    @TempDir
    Path rules;

    @Test
    void aRuleSetThatDoesNotCompileStopsTheStartAndLeavesNothingListening() throws IOException {
        RuleSetFiles.of(FixtureServer.RULES.resolve("demo/1.0.0"))
                .replace("30-consolidate.drl", "top * 2 > rated )", "top * 2 > rated")
                .writeTo(rules.resolve("demo/1.0.0"));
        int port = freePort();
        ServerConfig broken = FixtureServer.config(data).withAddress("127.0.0.1", port)
                .withEngine(FixtureServer.config(data).engine().withRuleSets(rules));

        assertThatThrownBy(() -> Server.start(broken)).isInstanceOfSatisfying(RuleSetInvalid.class,
                e -> assertThat(e.problems()).extracting(RuleProblem::file).containsOnly("30-consolidate.drl"));

        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        try (Server server = Server.start(FixtureServer.config(data).withAddress("127.0.0.1", port))) {
            var response = new ApiClient(server.uri()).post("/api/evaluations", Submissions.strong("after-a-bad-start"));
            assertThat(response.statusCode()).as("the same port and data folder serve once the rules are fixed")
                    .isEqualTo(200);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
