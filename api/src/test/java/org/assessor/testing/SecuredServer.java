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
 * Like {@link SharedServer}, but with access control on: one fixture server per test run with
 * the token file of {@link Tokens}, given to test classes as a {@link SecuredApi}.
 */
public final class SecuredServer implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SecuredApi.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> new Running(), Running.class).api;
    }

    /** The running server, closed by JUnit when the run ends. */
    private static final class Running implements AutoCloseable {
        private final Path folder;
        private final Server server;
        private final SecuredApi api;

        Running() {
            try {
                folder = Files.createTempDirectory("assessor-secured-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = Server.start(FixtureServer.config(folder.resolve("data")).withTokens(Tokens.write(folder)));
            api = new SecuredApi(new ApiClient(server.uri()));
        }

        @Override
        public void close() throws IOException {
            server.close();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
