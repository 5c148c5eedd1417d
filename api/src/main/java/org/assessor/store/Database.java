package org.assessor.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A pool of connections to Assessor's database, its schema brought up to date by the Flyway
 * migrations in {@code db/migration} (and, for H2, {@code db/h2}) when it opens. Thread-safe;
 * {@link #close()} closes the pool, and with it an embedded database.
 *
 * <p>Failing fast: a request waits at most {@link #CONNECTION_TIMEOUT} for a connection, so
 * while the database is down requests fail within seconds (as {@link StorageFailed}) instead of
 * piling up; the pool keeps trying in the background and serves again as soon as the database
 * is back, without a restart. Opening fails at once, with the reason, if the database cannot be
 * reached: a node that cannot migrate the schema does not start.
 */
public final class Database implements AutoCloseable {
    /** The file name (without H2's {@code .mv.db} suffix) of the embedded database in its folder. */
    public static final String EMBEDDED_NAME = "assessor";
    /** How long a request waits for a connection before it fails: short, so outages fail fast. */
    public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    /** Seconds a PostgreSQL connection attempt may take (TCP connect and login). */
    static final int CONNECT_TIMEOUT_SECONDS = 3;
    /** How long a PostgreSQL query may wait for the server's next bytes before it fails. */
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);

    private final HikariDataSource pool;
    private final String description;

    private Database(HikariDataSource pool, String description) {
        this.pool = pool;
        this.description = description;
    }

    /**
     * The embedded H2 database in {@code folder} (created if missing), in file mode.
     *
     * <p>{@code WRITE_DELAY=0} makes every commit write to the file before it returns, so a
     * committed assessment survives the process being killed; {@code DB_CLOSE_ON_EXIT=FALSE}
     * leaves closing to {@link #close()}, after in-flight requests have finished.
     *
     * @throws StorageFailed if the folder's path has a ';' or the folder cannot be created, the
     *                       database is locked by another process, or the schema cannot be migrated
     */
    public static Database embedded(Path folder) {
        return embedded(folder, DatabaseConfig.DEFAULT_POOL_SIZE);
    }

    /**
     * The embedded H2 database in {@code folder}, pooling {@code poolSize} connections; as {@link #embedded(Path)}.
     *
     * @throws StorageFailed as {@link #embedded(Path)}
     */
    public static Database embedded(Path folder, int poolSize) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.toString().contains(";")) {
            throw new StorageFailed("the data folder's path must not contain ';' (H2 reads it as a setting): "
                    + absolute, null);
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new StorageFailed("cannot create the data folder " + absolute + ": " + e, new UncheckedIOException(e));
        }
        String url = "jdbc:h2:file:" + absolute.resolve(EMBEDDED_NAME) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        HikariConfig config = poolConfig(url, poolSize);
        config.setUsername("sa");
        config.setPassword("");
        return open(config, "H2 files in " + absolute, migrations(true));
    }

    /**
     * The database {@code config} names: the PostgreSQL server, unless {@code config} is
     * {@linkplain DatabaseConfig#isEmbedded() embedded}, then H2 in {@code dataFolder}.
     *
     * <p>PostgreSQL connections get a {@value #CONNECT_TIMEOUT_SECONDS} s connect timeout, a
     * {@code socketTimeout} of {@link #SOCKET_TIMEOUT} and TCP keep-alive, unless the URL sets
     * them; several nodes may open the same database at once (Flyway holds a PostgreSQL lock
     * while it migrates, so one migrates and the others wait, then find nothing to do).
     *
     * @throws StorageFailed if the database cannot be reached, refuses the credentials, or its
     *                       schema cannot be migrated; the message names the database but never
     *                       the password
     */
    public static Database open(DatabaseConfig config, Path dataFolder) {
        if (config.isEmbedded()) {
            return embedded(dataFolder, config.poolSize());
        }
        HikariConfig hikari = poolConfig(config.jdbcUrl(), config.poolSize());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        hikari.addDataSourceProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT.toSeconds()));
        hikari.addDataSourceProperty("tcpKeepAlive", "true");
        hikari.addDataSourceProperty("ApplicationName", "assessor");
        config.secretProperties().forEach(hikari::addDataSourceProperty);
        return open(hikari, config.description(), migrations(false));
    }

    private static HikariConfig poolConfig(String jdbcUrl, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("assessor-db");
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(Duration.ofSeconds(1).toMillis());
        return config;
    }

    /**
     * Where the schema's migrations are: {@code db/migration} for every database, and for the
     * embedded H2 also {@code db/h2} (storage changes that only H2 needs).
     */
    public static String[] migrations(boolean embedded) {
        return embedded ? new String[] {"classpath:db/migration", "classpath:db/h2"}
                : new String[] {"classpath:db/migration"};
    }

    private static Database open(HikariConfig config, String description, String[] migrations) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageFailed("cannot open the database (" + description + "): " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations(migrations).load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StorageFailed("cannot migrate the database schema (" + description + "): " + rootMessage(e), e);
        }
        return new Database(pool, description);
    }

    /** The pooled connections. */
    public DataSource dataSource() {
        return pool;
    }

    /** Where the data lives, for people: e.g. {@code H2 files in /srv/assessor/data}. */
    public String description() {
        return description;
    }

    /** Closes every connection; an embedded database closes with the last of them. */
    @Override
    public void close() {
        pool.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
