package org.assessor.testing;

import java.nio.file.Path;
import org.assessor.app.EngineConfig;
import org.assessor.server.Server;
import org.assessor.server.ServerConfig;

/**
 * Starts the real server, through the same {@link Server#start} as {@code assessor serve}, on a
 * free loopback port, serving the engine's fixture questionnaire ({@code demo}) and rule set
 * rather than the bundled ones (surefire runs in the api module's folder).
 */
public final class FixtureServer {
    /** The engine module's test fixture. */
    public static final Path FIXTURE = Path.of("../engine/src/test/resources/fixture");
    /** The fixture's questionnaires. */
    public static final Path QUESTIONNAIRES = FIXTURE.resolve("questionnaires");
    /** The fixture's rule sets. */
    public static final Path RULES = FIXTURE.resolve("rules");

    private FixtureServer() {
    }

    /** The server configuration for the fixture, on port 0, keeping data in {@code data}. */
    public static ServerConfig config(Path data) {
        return ServerConfig.defaults().withAddress("127.0.0.1", 0).withDataFolder(data)
                .withEngine(EngineConfig.defaults().withQuestionnaires(QUESTIONNAIRES).withRuleSets(RULES));
    }

    /** A running server for the fixture, keeping data in {@code data}. */
    public static Server start(Path data) {
        return Server.start(config(data));
    }
}
