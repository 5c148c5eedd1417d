package org.assessor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.assessor.store.DatabaseConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real, throwaway PostgreSQL server for the tests: a cluster made with {@code initdb} in a
 * temporary folder, started with {@code pg_ctl} on a free loopback port, one per test JVM
 * ({@link #shared()}), deleted when the JVM exits. Tests get a fresh database each from
 * {@link #newDatabase()}, and may stop and start the server to play an outage.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs as root: then every PostgreSQL command runs
 * as the {@code postgres} user (made by Debian's {@code postgresql} package) through {@code
 * runuser}, in a folder that user owns. The binaries are taken from {@code $ASSESSOR_PG_BIN},
 * else the newest {@code /usr/lib/postgresql/N/bin} (Debian, Ubuntu), else the {@code PATH}. If
 * there are none, or the server does not start, the test fails saying what to install.
 *
 * <p>The server is tuned for tests: {@code fsync=off}, so a stopped or crashed server keeps
 * everything it committed (the operating system still holds the writes), but a power cut would
 * not. Thread-safe.
 */
public final class PostgresCluster {
    /** The superuser the tests connect as (a password login, as in production). */
    public static final String USER = "assessor";
    /** Its password. */
    public static final String PASSWORD = "test-only-secret-5d1c";
    private static final String INSTALL_HINT = "Install the PostgreSQL server (Debian/Ubuntu: apt-get install"
            + " postgresql; the tests need initdb and pg_ctl, any version from 13 on) or set ASSESSOR_PG_BIN to the"
            + " folder holding them; see docs/deployment.md, 'Tests'.";
    private static final String OS_USER_WHEN_ROOT = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresCluster.class);
    private static PostgresCluster shared;
    /** Why the server could not be made or started, so that later tests fail at once with the same reason. */
    private static IllegalStateException failure;

    private final Path bin;
    private final Path folder;
    private final Path data;
    private final Path log;
    private final int port;
    private final boolean asRoot;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresCluster(Path bin, Path folder, int port, boolean asRoot) {
        this.bin = bin;
        this.folder = folder;
        this.data = folder.resolve("data");
        this.log = folder.resolve("postgres.log");
        this.port = port;
        this.asRoot = asRoot;
    }

    /** The cluster of this JVM, made and started on first use; stopped and deleted at exit. */
    public static synchronized PostgresCluster shared() {
        if (failure != null) {
            throw new IllegalStateException("the test PostgreSQL server could not be started (see the first failure): "
                    + failure.getMessage(), failure);
        }
        if (shared == null) {
            long began = System.nanoTime();
            PostgresCluster cluster;
            try {
                cluster = create();
                Runtime.getRuntime().addShutdownHook(new Thread(cluster::destroy, "postgres-cluster-cleanup"));
                cluster.start();
            } catch (IllegalStateException e) {
                failure = e;
                throw e;
            }
            shared = cluster;
            LOG.info("test PostgreSQL server ({}) made and started on port {} in {} ms", cluster.bin, cluster.port,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
        }
        return shared;
    }

    /** The port the server listens on (127.0.0.1). */
    public int port() {
        return port;
    }

    /** The JDBC URL of {@code database}, without credentials. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A new, empty database, and the configuration to reach it as {@link #USER}. */
    public DatabaseConfig newDatabase() {
        String name = "test_" + databases.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
             Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on the test PostgreSQL server: " + e
                    + "\n" + logTail(), e);
        }
        return DatabaseConfig.postgres(jdbcUrl(name), USER, PASSWORD);
    }

    /** Starts the server and waits until it accepts connections. */
    public void start() {
        run(60, pg("pg_ctl"), "start", "-D", data.toString(), "-l", log.toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='" + folder + "'"
                        + " -c fsync=off -c full_page_writes=off -c max_connections=200");
    }

    /**
     * Stops the server: {@code fast} rolls back open transactions and closes connections;
     * {@code immediate} kills it as a crash would (it recovers from its log at the next start).
     */
    public void stop(String mode) {
        run(60, pg("pg_ctl"), "stop", "-D", data.toString(), "-m", mode, "-w", "-t", "60");
    }

    /** The last lines of the server's log, to explain a failure. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "last lines of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20),
                    lines.size()));
        } catch (IOException e) {
            return "(no server log at " + log + ")";
        }
    }

    private static PostgresCluster create() {
        Path bin = findBinaries();
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        try {
            Path folder = Files.createTempDirectory("assessor-pg-");
            Path passwordFile = folder.resolve("password");
            Files.writeString(passwordFile, PASSWORD + "\n");
            if (asRoot) {
                UserPrincipal owner = lookupOsUser(folder);
                Files.setOwner(folder, owner);
                Files.setOwner(passwordFile, owner);
            }
            PostgresCluster cluster = new PostgresCluster(bin, folder, freePort(), asRoot);
            try {
                cluster.run(120, cluster.pg("initdb"), "-D", cluster.data.toString(), "-U", USER,
                        "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync");
            } catch (IllegalStateException e) {
                cluster.destroy();
                throw e;
            }
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare a folder for the test PostgreSQL server: " + e, e);
        }
    }

    private static UserPrincipal lookupOsUser(Path folder) {
        try {
            return folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(OS_USER_WHEN_ROOT);
        } catch (IOException e) {
            throw new IllegalStateException("the tests run as root, and PostgreSQL refuses to; they run it as the '"
                    + OS_USER_WHEN_ROOT + "' user, which does not exist. " + INSTALL_HINT, e);
        }
    }

    private static Path findBinaries() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getenv("ASSESSOR_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                        .sorted(Comparator.comparingInt((Path v) -> Integer.parseInt(v.getFileName().toString()))
                                .reversed())
                        .forEach(v -> candidates.add(v.resolve("bin")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir));
            }
        }
        return candidates.stream()
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL server binaries found (looked in "
                        + candidates + "). " + INSTALL_HINT));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private String pg(String program) {
        return bin.resolve(program).toString();
    }

    /** Runs a PostgreSQL program (as the {@code postgres} user when this JVM is root); fails with its output. */
    private void run(int timeoutSeconds, String... command) {
        List<String> line = new ArrayList<>();
        if (asRoot) {
            line.addAll(List.of("runuser", "-u", OS_USER_WHEN_ROOT, "--"));
        }
        line.addAll(List.of(command));
        String output;
        int exit;
        try {
            Path outputFile = Files.createTempFile("assessor-pg-command-", ".out");
            try {
                Process process = new ProcessBuilder(line).directory(folder.toFile()).redirectErrorStream(true)
                        .redirectOutput(outputFile.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                                Path.of("/dev/null").toFile())).start();
                boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
                output = new String(Files.readAllBytes(outputFile), StandardCharsets.UTF_8);
                if (!finished) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", line) + " did not finish in " + timeoutSeconds
                            + " s\n" + output + "\n" + logTail());
                }
                exit = process.exitValue();
            } finally {
                Files.deleteIfExists(outputFile);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", line) + ": " + e + ". " + INSTALL_HINT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + line.get(0), e);
        }
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", line) + " failed (exit " + exit + "):\n" + output + "\n"
                    + logTail() + "\n" + INSTALL_HINT);
        }
    }

    /** Stops the server as a crash would and deletes the cluster's folder. */
    private void destroy() {
        try {
            stop("immediate");
        } catch (IllegalStateException alreadyStopped) {
            // nothing to stop
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind; the operating system cleans /tmp
        }
    }
}
