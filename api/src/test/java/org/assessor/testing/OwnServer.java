package org.assessor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assessor.server.Server;
import org.assessor.server.ServerConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server of a test class's own, for tests that change what every caller sees (publishing
 * a rule set): started before the class's tests on a free port with a fresh data folder, stopped
 * and deleted after them. Register it as a static field with {@code @RegisterExtension}.
 */
public final class OwnServer implements BeforeAllCallback, AfterAllCallback {
    private final Function<Path, ServerConfig> config;
    private Path data;
    private Server server;
    private ApiClient client;

    /** A server over the engine's fixture ({@code demo}). */
    public OwnServer() {
        this(FixtureServer::config);
    }

    /** A server configured by {@code config} from its data folder. */
    public OwnServer(Function<Path, ServerConfig> config) {
        this.config = config;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        data = Files.createTempDirectory("assessor-own-");
        server = Server.start(config.apply(data));
        client = new ApiClient(server.uri());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
        delete(data);
    }

    /** The client for the running server. */
    public ApiClient api() {
        return client;
    }

    /** The server's data folder. */
    public Path data() {
        return data;
    }

    /** Stops the server (idempotent); its data folder stays until the class ends. */
    public void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Deletes {@code folder} and everything in it. */
    public static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
