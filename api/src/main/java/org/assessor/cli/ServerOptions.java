package org.assessor.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/**
 * The options of commands that talk to a running server. Commands that list their options in
 * the order declared ({@code sortOptions = false}) show these after their own.
 */
final class ServerOptions {
    @Option(names = "--server", paramLabel = "URL", required = true, order = 100,
            description = "The server's base URL, e.g. http://127.0.0.1:8080")
    URI server;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:ASSESSOR_TOKEN}", order = 101,
            description = "Sent as 'Authorization: Bearer TOKEN' when access control is on (default: the"
                    + " ASSESSOR_TOKEN environment variable).")
    String token;

    ServerClient client() {
        return new ServerClient(server, token);
    }
}
