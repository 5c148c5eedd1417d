package org.assessor.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which database a server uses and how many connections it pools: the embedded H2 database in
 * the server's data folder ({@link #embedded()}), or a PostgreSQL server ({@link #postgres}).
 *
 * <p>Secrets never leave this object except to the driver: a user or password written into the
 * JDBC URL (e.g. {@code ?user=a&password=b}) is taken out of it, so {@link #jdbcUrl()}, {@link
 * #description()} and {@link #toString()} can be logged safely. Immutable.
 */
public final class DatabaseConfig {
    /**
     * Connections per node unless configured: HikariCP's rule of thumb, {@code cores * 2 +
     * spindles}, for a 2-core node with one disk. Requests hold a connection only for their SQL
     * (never while rules run), so a small pool keeps up with many request threads, and N nodes
     * need only {@code 5 * N} of PostgreSQL's {@code max_connections} (100 by default).
     */
    public static final int DEFAULT_POOL_SIZE = 5;
    /** The largest pool that may be configured. */
    public static final int MAX_POOL_SIZE = 200;
    private static final String POSTGRES_PREFIX = "jdbc:postgresql:";

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Map<String, String> secretProperties;
    private final int poolSize;

    private DatabaseConfig(String jdbcUrl, String user, String password, Map<String, String> secretProperties,
                           int poolSize) {
        if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
            throw new IllegalArgumentException("the pool size must be 1 to " + MAX_POOL_SIZE + ", not " + poolSize);
        }
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.secretProperties = Map.copyOf(secretProperties);
        this.poolSize = poolSize;
    }

    /** The embedded H2 database in the server's data folder, with the default pool. */
    public static DatabaseConfig embedded() {
        return new DatabaseConfig(null, null, null, Map.of(), DEFAULT_POOL_SIZE);
    }

    /**
     * The PostgreSQL database at {@code jdbcUrl} ({@code jdbc:postgresql://HOST[:PORT]/DB[?...]}).
     * A {@code user} or {@code password} given here wins over one in the URL's parameters; the
     * URL's parameters whose name says password (e.g. {@code sslpassword}) go to the driver as
     * properties instead of staying in the URL.
     *
     * @param user     the database user, or null to take it from the URL (or the driver's default)
     * @param password the password, or null to take it from the URL (or none)
     * @throws IllegalArgumentException if the URL is not a PostgreSQL JDBC URL or carries
     *                                  {@code user:password@} before the host (the message never
     *                                  repeats the URL)
     */
    public static DatabaseConfig postgres(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith(POSTGRES_PREFIX)) {
            throw new IllegalArgumentException("the database URL must start with " + POSTGRES_PREFIX
                    + "//HOST:PORT/DATABASE");
        }
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        if (base.contains("@")) {
            throw new IllegalArgumentException("the database URL must not hold user:password@ before the host; "
                    + "give them with --db-user and --db-password or ASSESSOR_DB_USER and ASSESSOR_DB_PASSWORD");
        }
        List<String> kept = new ArrayList<>();
        Map<String, String> secrets = new LinkedHashMap<>();
        String urlUser = null;
        String urlPassword = null;
        if (query >= 0) {
            for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
                int eq = parameter.indexOf('=');
                String name = eq < 0 ? parameter : parameter.substring(0, eq);
                String value = eq < 0 ? "" : URLDecoder.decode(parameter.substring(eq + 1), StandardCharsets.UTF_8);
                if (name.equals("user")) {
                    urlUser = value;
                } else if (name.equals("password")) {
                    urlPassword = value;
                } else if (name.toLowerCase(Locale.ROOT).contains("password")) {
                    secrets.put(name, value);
                } else if (!parameter.isEmpty()) {
                    kept.add(parameter);
                }
            }
        }
        String cleanUrl = kept.isEmpty() ? base : base + "?" + String.join("&", kept);
        return new DatabaseConfig(cleanUrl, user != null ? user : urlUser, password != null ? password : urlPassword,
                secrets, DEFAULT_POOL_SIZE);
    }

    /** This configuration pooling {@code size} connections (1 to {@link #MAX_POOL_SIZE}). */
    public DatabaseConfig withPoolSize(int size) {
        return new DatabaseConfig(jdbcUrl, user, password, secretProperties, size);
    }

    /** True for the embedded H2 database in the data folder. */
    public boolean isEmbedded() {
        return jdbcUrl == null;
    }

    /** The JDBC URL without any credentials; null for the embedded database. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The database user; null for the driver's default. */
    public String user() {
        return user;
    }

    /** The password; null for none. Never log it. */
    public String password() {
        return password;
    }

    /** Secret driver properties taken out of the URL (e.g. {@code sslpassword}). Never log them. */
    public Map<String, String> secretProperties() {
        return secretProperties;
    }

    /** Connections to pool. */
    public int poolSize() {
        return poolSize;
    }

    /** For logs: e.g. {@code PostgreSQL at //db.example:5432/assessor as assessor}; no password. */
    public String description() {
        if (isEmbedded()) {
            return "embedded H2";
        }
        return "PostgreSQL at " + jdbcUrl.substring(POSTGRES_PREFIX.length()) + (user == null ? "" : " as " + user);
    }

    /** The {@link #description()} and pool size; never the password. */
    @Override
    public String toString() {
        return "DatabaseConfig[" + description() + ", pool " + poolSize
                + (password == null && secretProperties.isEmpty() ? "" : ", credentials hidden") + "]";
    }
}
