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
 * migrations in {@code db/migration} when it opens. Thread-safe; {@link #close()} closes the
 * pool, and with it an embedded database.
 */
public final class Database implements AutoCloseable {
    /** The file name (without H2's {@code .mv.db} suffix) of the embedded database in its folder. */
    public static final String EMBEDDED_NAME = "assessor";
    private static final int POOL_SIZE = 8;

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
        return open(url, "sa", "", "H2 files in " + absolute);
    }

    /**
     * The database at {@code jdbcUrl}, described in logs as {@code description}.
     *
     * @throws StorageFailed if it cannot be reached or its schema cannot be migrated
     */
    public static Database open(String jdbcUrl, String user, String password, String description) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("assessor-db");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageFailed("cannot open the database (" + description + "): " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
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
