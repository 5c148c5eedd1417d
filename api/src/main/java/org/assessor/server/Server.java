package org.assessor.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.assessor.access.AccessControl;
import org.assessor.access.AccessTokens;
import org.assessor.app.Engine;
import org.assessor.app.RuleSetWatcher;
import org.assessor.mail.SmtpMailer;
import org.assessor.store.Database;
import org.assessor.web.OidcSignIn;
import org.glassfish.grizzly.http.server.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The running server: it opens the token file, the engine and the database named by a
 * {@link ServerConfig}, has the composition root ({@link Assessor}) build every service over
 * them, and runs the Grizzly listener and the {@link RuleSetWatcher} that brings rule-set changes
 * made through other nodes; it closes them again in order. {@code assessor serve} and the
 * end-to-end tests both start it through {@link #start}. Thread-safe.
 */
public final class Server implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    private static final String VERSION = "0.1.0";

    private final HttpServer http;
    private final Database database;
    private final RuleSetWatcher watcher;
    private final ServerConfig config;
    private final AccessControl access;
    private final URI uri;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private Server(HttpServer http, Database database, RuleSetWatcher watcher, ServerConfig config,
                   AccessControl access, URI uri) {
        this.http = http;
        this.database = database;
        this.watcher = watcher;
        this.config = config;
        this.access = access;
        this.uri = uri;
    }

    /**
     * Reads the token file (if any), starts compiling the rule sets in the background, opens (and
     * migrates) the database, starts listening, and returns once the rule sets have compiled.
     * Requests are answered from the moment the server listens; an evaluation that comes before
     * its rule set has compiled waits for it. Without a token file only a loopback address is
     * accepted. The token file and the database come first so that a bad token file, a locked or
     * unusable data folder, or an unreachable PostgreSQL server fails at once, before the server
     * listens; a rule set that does not compile stops it again before this method returns.
     *
     * @throws ServerNotStarted if the address is refused, unknown or taken
     * @throws org.assessor.access.TokensInvalid if the token file cannot be read or is invalid
     * @throws org.assessor.store.StorageFailed if the database cannot be opened
     * @throws org.assessor.AssessorException  if a questionnaire or rule set is invalid
     */
    public static Server start(ServerConfig config) {
        long started = System.nanoTime();
        AccessControl access = config.tokens() == null ? AccessControl.off() : AccessControl.fromFile(config.tokens());
        requireKnownHost(config.host(), access.isOn());
        bridgeJulToSlf4j();
        Engine engine = Engine.startCompiling(config.engine().compiledRules() == null
                || config.engine().compiledRules().isEnabled()
                ? config.engine().withCompiledRules(config.dataFolder().resolve("compiled-rules")) : config.engine());
        Database database = Database.open(config.database(), config.dataFolder());
        HttpServer http = null;
        try {
            AtomicReference<URI> base = new AtomicReference<>(config.publicUrl());
            Assessor assessor = Assessor.compose(engine, database.dataSource(), config.engine().clock(),
                    Optional.ofNullable(config.smtp()).map(SmtpMailer::new),
                    secret -> base.get().resolve("respond/" + secret).toString(), config.sessionTimeout());
            if (config.oidc() != null) {
                assessor = assessor.withOidc(new OidcSignIn(config.oidc(),
                        () -> base.get().resolve("sign-in/oidc/callback"), config.engine().clock()));
            }
            http = HttpListener.start(config, assessor.application(access, config.maxBodyBytes(), VERSION));
            URI uri = URI.create("http://" + HttpListener.uriHost(config.host()) + ":"
                    + http.getListener("grizzly").getPort() + "/");
            base.compareAndSet(null, uri);
            LOG.info("collection rounds: respondents' links start with {}respond/; messages {}", base.get(),
                    config.smtp() == null ? "are listed for leads to copy (no --smtp)"
                            : "are sent through " + config.smtp().description());
            logAccess(access, uri);
            if (config.oidc() != null) {
                LOG.info("single sign-on: people may sign in through {} (client id {}, redirect URI {}sign-in/oidc/callback)",
                        config.oidc().issuer(), config.oidc().clientId(), base.get());
            }
            LOG.info("Assessor {} listening on {} (data: {}; listening after {} ms)", VERSION, uri,
                    database.description(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            engine.ruleSets().awaitCompiled();
            List<String> active = assessor.health().activeRuleSets();
            LOG.info("{} rule set{} active: {}; compiled and ready after {} ms", active.size(),
                    active.size() == 1 ? "" : "s", String.join(", ", active),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return new Server(http, database, RuleSetWatcher.start(assessor.lifecycle().ruleSets()), config, access,
                    uri);
        } catch (RuntimeException e) {
            if (http != null) {
                http.shutdownNow();
            }
            database.close();
            throw e;
        }
    }

    /** The base URI the server answers on, with the real port. */
    public URI uri() {
        return uri;
    }

    /** The port the server listens on. */
    public int port() {
        return uri.getPort();
    }

    /**
     * Stops the server gracefully: stops accepting connections, gives in-flight requests the
     * configured grace period to finish, then closes the database. Idempotent; later callers
     * wait for the first to finish.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            awaitClosed();
            return;
        }
        long graceMillis = config.shutdownGrace().toMillis();
        LOG.info("stopping: finishing in-flight requests (up to {} ms)", graceMillis);
        try {
            http.shutdown(graceMillis, TimeUnit.MILLISECONDS).get(graceMillis + 5_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            http.shutdownNow();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("requests still running after the grace period; stopping them", e);
            http.shutdownNow();
        } finally {
            watcher.close();
            database.close();
            LOG.info("stopped");
            closed.countDown();
        }
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitClosed() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads the token file again and puts its tokens in force; requests already under way
     * finish with the token they started with.
     *
     * @throws org.assessor.access.TokensInvalid if the file is invalid; the tokens in force stay
     * @throws IllegalStateException if the server runs without access control
     */
    public void reloadTokens() {
        AccessTokens tokens = access.reload();
        LOG.info("access control: reloaded {} ({})", access.file(), describe(tokens));
    }

    private static void logAccess(AccessControl access, URI uri) {
        if (access.isOn()) {
            LOG.info("access control is on: {} ({}); every /api/ call but GET /api/questionnaires needs a token",
                    access.file(), describe(access.tokens().orElseThrow()));
        } else {
            LOG.warn("access control is off: anyone who can reach {} may read and write every assessment; "
                    + "listening on a loopback address only (--tokens FILE turns access control on)", uri);
        }
    }

    private static String describe(AccessTokens tokens) {
        return tokens.countByRole().entrySet().stream().map(e -> e.getValue() + " " + e.getKey().code())
                .collect(Collectors.joining(", "));
    }

    private static void requireKnownHost(String host, boolean accessControlOn) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new ServerNotStarted("unknown host '" + host + "'", e);
        }
        if (!accessControlOn && !Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress)) {
            throw new ServerNotStarted("refusing to listen on " + host + ": access control is off, so Assessor "
                    + "listens only on a loopback address (127.0.0.1, ::1 or localhost); give --tokens FILE to "
                    + "turn access control on, or put a reverse proxy on this machine in front of it");
        }
    }

    private static synchronized void bridgeJulToSlf4j() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
