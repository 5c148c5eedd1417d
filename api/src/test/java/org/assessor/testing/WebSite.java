package org.assessor.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.assessor.access.Role;
import org.assessor.server.Assessor;
import org.assessor.server.Server;
import org.assessor.store.Database;
import org.assessor.store.JdbcAccounts;
import org.assessor.web.Accounts;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server of a test class's own for the web pages, over the fixture ({@code demo}), with
 * tokens for the API and accounts for people, made as an operator makes them: in the database
 * before the server starts. Register it as a static field with {@code @RegisterExtension}.
 */
public final class WebSite implements BeforeAllCallback, AfterAllCallback {
    /** The password of every account here. */
    public static final String PASSWORD = "correct horse battery";
    /** North's site lead. */
    public static final String NORTH_LEAD = "lead@north.example";
    /** South's site lead. */
    public static final String SOUTH_LEAD = "lead@south.example";
    /** A peer reviewer. */
    public static final String PEER = "peer@network.example";
    /** A commissioner. */
    public static final String COMMISSIONER = "commissioner@programme.example";
    /** An auditor's username. */
    public static final String AUDITOR = "auditor@assurance.example";

    private final java.util.function.Function<Path, org.assessor.server.ServerConfig> config;
    private Path folder;
    private Server server;

    /** A site over the fixture ({@code demo}). */
    public WebSite() {
        this(FixtureServer::config);
    }

    /** A site configured by {@code config} from its data folder (tokens and accounts as for the fixture). */
    public WebSite(java.util.function.Function<Path, org.assessor.server.ServerConfig> config) {
        this.config = config;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("assessor-web-");
        Path data = folder.resolve("data");
        try (Database database = Database.embedded(data)) {
            Accounts accounts = new Accounts(new JdbcAccounts(database.dataSource()), Clock.systemUTC(),
                    Assessor.DEFAULT_SESSION_TIMEOUT);
            accounts.put(NORTH_LEAD, "Nora North", Role.SITE, "north", PASSWORD.toCharArray());
            accounts.put(SOUTH_LEAD, "Sam South", Role.SITE, "south", PASSWORD.toCharArray());
            accounts.put(COMMISSIONER, "Cora Commissioner", Role.COMMISSIONER, null, PASSWORD.toCharArray());
            accounts.put(PEER, "Piet Peer", Role.PEER_REVIEWER, null, PASSWORD.toCharArray());
            accounts.put(AUDITOR, "Aud Auditor", Role.AUDITOR, null, PASSWORD.toCharArray());
        }
        server = Server.start(config.apply(data).withTokens(Tokens.write(folder)));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
        OwnServer.delete(folder);
    }

    /** The server's base URI. */
    public URI uri() {
        return server.uri();
    }

    /** A browser-like client (cookies kept) of this site. */
    public WebClient client() {
        return new WebClient(server.uri());
    }

    /** The API, with tokens. */
    public SecuredApi api() {
        return new SecuredApi(new ApiClient(server.uri()));
    }

    /** Runs {@code assessor ARGS} in-process; returns its output. */
    public static String cli(String... args) {
        StringWriter out = new StringWriter();
        org.assessor.cli.Main.run(new PrintWriter(out, true), new PrintWriter(out, true), args);
        return out.toString();
    }

}
