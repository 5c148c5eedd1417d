package org.assessor.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.assessor.AssessorException;
import org.assessor.app.EngineConfig;
import org.assessor.app.Server;
import org.assessor.app.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code assessor serve}: runs the REST API with embedded storage until stopped (Ctrl-C or SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Serve the REST API (see docs/api.md and GET /api/openapi.json) with assessments stored in an"
                + " embedded database under --data. Without access control the server listens on a loopback address"
                + " only. Stops gracefully on Ctrl-C or SIGTERM: in-flight requests finish first.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:could not start (the reason is printed)", "2:wrong usage"},
        footer = {"", "Example:", "  java -jar api/target/assessor.jar serve --port 8080 --data ./data"})
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on; 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The address to listen on; must be loopback while access control is off "
                    + "(default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The folder of the embedded database, created if missing (default: ./${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--max-body-bytes", paramLabel = "BYTES", defaultValue = "1048576",
            description = "The largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    private long maxBodyBytes;

    @Option(names = "--shutdown-grace", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long in-flight requests may take to finish when stopping (default: ${DEFAULT-VALUE}).")
    private long shutdownGraceSeconds;

    @Option(names = "--questionnaires", paramLabel = "DIR",
            description = "Serve questionnaires from DIR (laid out as <id>/<version>.json) instead of the bundled ones.")
    private Path questionnaires;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Serve rule sets from DIR (laid out as <questionnaire>/<version>/) instead of the bundled ones.")
    private Path rules;

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535 || maxBodyBytes < 1 || maxBodyBytes > ServerConfig.MAX_BODY_BYTES_CEILING
                || shutdownGraceSeconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535, "
                    + "--max-body-bytes 1 to " + ServerConfig.MAX_BODY_BYTES_CEILING
                    + " and --shutdown-grace not negative");
        }
        ServerConfig config = ServerConfig.defaults().withAddress(host, port).withDataFolder(data)
                .withMaxBodyBytes(maxBodyBytes).withShutdownGrace(Duration.ofSeconds(shutdownGraceSeconds))
                .withEngine(EngineConfig.defaults().withQuestionnaires(questionnaires).withRuleSets(rules));
        AtomicReference<Server> running = new AtomicReference<>();
        Thread stop = new Thread(() -> {
            Server server = running.get();
            if (server != null) {
                server.close();
            }
        }, "assessor-shutdown");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            running.set(Server.start(config));
        } catch (AssessorException e) {
            Runtime.getRuntime().removeShutdownHook(stop);
            spec.commandLine().getErr().println("assessor serve: " + e.getMessage());
            return 1;
        }
        running.get().awaitClosed();
        return 0;
    }
}
