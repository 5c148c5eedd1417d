package org.assessor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.assessor.server.Server;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit extension that gives test classes one {@link ApiClient} for one fixture server, started
 * on first use and stopped (its data folder deleted) at the end of the test run. Tests that share
 * it keep apart by using their own site ids.
 */
public final class SharedServer implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ApiClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> new Running(), Running.class).client;
    }

    /** The running server, closed by JUnit when the run ends. */
    private static final class Running implements AutoCloseable {
        private final Path data;
        private final Server server;
        private final ApiClient client;

        Running() {
            try {
                data = Files.createTempDirectory("assessor-shared-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = FixtureServer.start(data);
            client = new ApiClient(server.uri());
        }

        @Override
        public void close() throws IOException {
            server.close();
            try (Stream<Path> files = Files.walk(data)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
