package org.assessor.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assessor.http.AssessorApplication;
import org.assessor.http.UpgradeOfferIgnorer;
import org.assessor.store.AssessmentIds;
import org.assessor.store.Database;
import org.assessor.store.JdbcAssessmentStore;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The running server: the engine, the database, the Jersey application and the Grizzly
 * listener, all built here from a {@link ServerConfig}. {@code assessor serve} and the
 * end-to-end tests both start it through {@link #start}. Thread-safe.
 */
public final class Server implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    private static final String VERSION = "0.1.0";

    private final HttpServer http;
    private final Database database;
    private final ServerConfig config;
    private final URI uri;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private Server(HttpServer http, Database database, ServerConfig config, URI uri) {
        this.http = http;
        this.database = database;
        this.config = config;
        this.uri = uri;
    }

    /**
     * Opens (and migrates) the database, compiles the rule sets, and starts listening. The
     * database comes first so that a locked or unusable data folder fails at once.
     *
     * @throws ServerNotStarted if the address is refused, unknown or taken
     * @throws org.assessor.store.StorageFailed if the database cannot be opened
     * @throws org.assessor.AssessorException  if a questionnaire or rule set is invalid
     */
    public static Server start(ServerConfig config) {
        long started = System.nanoTime();
        requireLoopback(config.host());
        bridgeJulToSlf4j();
        Database database = Database.embedded(config.dataFolder());
        try {
            Engine engine = Engine.start(config.engine());
            JdbcAssessmentStore store = new JdbcAssessmentStore(database.dataSource());
            AssessmentService assessments = new AssessmentService(engine, store,
                    new AssessmentIds(config.engine().clock()));
            HealthCheck health = new HealthCheck(store, engine.ruleSets());
            ComparisonService comparisons = new ComparisonService(engine.questionnaires(), store);
            RuleSetLifecycle lifecycle = RuleSetLifecycle.start(engine, config.engine().clock(), database.dataSource(),
                    store);
            AssessorApplication application = new AssessorApplication(engine.questionnaires(), assessments,
                    health, comparisons, new ReportService(store, comparisons), config.maxBodyBytes(), VERSION,
                    lifecycle);
            HttpServer http = listen(config, application);
            URI uri = URI.create("http://" + uriHost(config.host()) + ":" + http.getListener("grizzly").getPort() + "/");
            Server server = new Server(http, database, config, uri);
            LOG.warn("access control is off: anyone who can reach {} may read and write every assessment; "
                    + "listening on a loopback address only", uri);
            List<String> active = health.activeRuleSets();
            LOG.info("Assessor {} listening on {} (data: {}; {} rule set{} active: {}; started in {} ms)", VERSION,
                    uri, database.description(), active.size(), active.size() == 1 ? "" : "s",
                    String.join(", ", active), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return server;
        } catch (RuntimeException e) {
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

    /** A started Grizzly listener serving {@code application} where {@code config} says. */
    private static HttpServer listen(ServerConfig config, AssessorApplication application) {
        HttpServer http = GrizzlyHttpServerFactory.createHttpServer(
                URI.create("http://" + uriHost(config.host()) + ":" + config.port() + "/"), application, false);
        http.getServerConfiguration().getMonitoringConfig().getHttpConfig().addProbes(new UpgradeOfferIgnorer());
        try {
            http.start();
            return http;
        } catch (IOException e) {
            http.shutdownNow();
            throw new ServerNotStarted("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + e.getMessage(), e);
        }
    }

    private static String uriHost(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static void requireLoopback(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new ServerNotStarted("unknown host '" + host + "'", e);
        }
        if (!Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress)) {
            throw new ServerNotStarted("refusing to listen on " + host + ": access control is off, so Assessor "
                    + "listens only on a loopback address (127.0.0.1, ::1 or localhost); put it behind a "
                    + "reverse proxy on this machine, or wait for access control (--tokens)");
        }
    }

    private static synchronized void bridgeJulToSlf4j() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
