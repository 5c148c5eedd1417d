package org.assessor.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.assessor.app.EngineConfig;
import org.assessor.mail.SmtpConfig;
import org.assessor.store.DatabaseConfig;
import org.assessor.web.OidcConfig;

/**
 * How to run the server.
 *
 * @param host          the address to listen on; without access control it must be a loopback address
 * @param port          the port; 0 for any free one
 * @param dataFolder    where the embedded database keeps its files (unused with PostgreSQL)
 * @param maxBodyBytes  the largest request body accepted, 1 to {@link #MAX_BODY_BYTES_CEILING}
 * @param shutdownGrace how long in-flight requests may take to finish when the server stops
 * @param engine        the questionnaires and rule sets to serve
 * @param database      the database: embedded H2 in {@code dataFolder} (the default) or PostgreSQL
 * @param tokens        the token file that turns access control on; null for none (loopback only)
 * @param publicUrl     the address respondents' links start with, e.g. {@code https://assessor.example.org/};
 *                      null for the address the server listens on
 * @param smtp          the mail server reminders and invitations are sent through; null to send none
 *                      (messages are then only listed, for the lead to copy)
 * @param sessionTimeout how long a signed-in person's session lasts without a request
 * @param oidc          the OpenID Connect provider people may also sign in through; null for none
 */
public record ServerConfig(String host, int port, Path dataFolder, long maxBodyBytes, Duration shutdownGrace,
                           EngineConfig engine, DatabaseConfig database, Path tokens, URI publicUrl,
                           SmtpConfig smtp, Duration sessionTimeout, OidcConfig oidc) {
    /** 1 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;
    /** The largest body limit that may be configured: 256 MiB, as a body is held in memory whole. */
    public static final long MAX_BODY_BYTES_CEILING = 256L << 20;
    /** 30 minutes, as the NHS service manual suggests for services holding personal information. */
    public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofMinutes(30);
    /** 10 seconds. */
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataFolder, "dataFolder");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(sessionTimeout, "sessionTimeout");
        if (sessionTimeout.toMinutes() < 1 || sessionTimeout.toHours() > 24) {
            throw new IllegalArgumentException("the session time-out must be 1 minute to 24 hours, not "
                    + sessionTimeout);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        if (maxBodyBytes < 1 || maxBodyBytes > MAX_BODY_BYTES_CEILING) {
            throw new IllegalArgumentException("the body limit must be 1 to " + MAX_BODY_BYTES_CEILING
                    + " bytes, not " + maxBodyBytes);
        }
    }

    /** 127.0.0.1:8080, embedded data in {@code ./data}, the bundled questionnaires and rule sets. */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, Path.of("data"), DEFAULT_MAX_BODY_BYTES, DEFAULT_SHUTDOWN_GRACE,
                EngineConfig.defaults(), DatabaseConfig.embedded(), null, null, null, DEFAULT_SESSION_TIMEOUT, null);
    }

    /** This configuration listening on {@code newHost}:{@code newPort}. */
    public ServerConfig withAddress(String newHost, int newPort) {
        return new ServerConfig(newHost, newPort, dataFolder, maxBodyBytes, shutdownGrace, engine, database, tokens,
                publicUrl, smtp, sessionTimeout, oidc);
    }

    /** This configuration keeping its data in {@code folder}. */
    public ServerConfig withDataFolder(Path folder) {
        return new ServerConfig(host, port, folder, maxBodyBytes, shutdownGrace, engine, database, tokens,
                publicUrl, smtp, sessionTimeout, oidc);
    }

    /** This configuration accepting bodies of at most {@code bytes}. */
    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(host, port, dataFolder, bytes, shutdownGrace, engine, database, tokens,
                publicUrl, smtp, sessionTimeout, oidc);
    }

    /** This configuration giving in-flight requests {@code grace} to finish at shutdown. */
    public ServerConfig withShutdownGrace(Duration grace) {
        return new ServerConfig(host, port, dataFolder, maxBodyBytes, grace, engine, database, tokens,
                publicUrl, smtp, sessionTimeout, oidc);
    }

    /** This configuration keeping its data in {@code config}'s database. */
    public ServerConfig withDatabase(DatabaseConfig config) {
        return new ServerConfig(host, port, dataFolder, maxBodyBytes, shutdownGrace, engine, config, tokens,
                publicUrl, smtp, sessionTimeout, oidc);
    }

    /** This configuration serving the questionnaires and rule sets of {@code config}. */
    public ServerConfig withEngine(EngineConfig config) {
        return new ServerConfig(host, port, dataFolder, maxBodyBytes, shutdownGrace, config, database, tokens,
                publicUrl, smtp, sessionTimeout, oidc);
    }

    /** This configuration making respondents' links start with {@code url} (null: the listening address). */
    public ServerConfig withPublicUrl(URI url) {
        return new ServerConfig(host, port, dataFolder, maxBodyBytes, shutdownGrace, engine, database, tokens, url,
                smtp, sessionTimeout, oidc);
    }

    /** This configuration ending a signed-in session after {@code timeout} without a request. */
    public ServerConfig withSessionTimeout(Duration timeout) {
        return new ServerConfig(host, port, dataFolder, maxBodyBytes, shutdownGrace, engine, database, tokens,
                publicUrl, smtp, timeout, oidc);
    }

    /** This configuration sending messages through {@code config} (null: sending none). */
    public ServerConfig withSmtp(SmtpConfig config) {
        return new ServerConfig(host, port, dataFolder, maxBodyBytes, shutdownGrace, engine, database, tokens,
                publicUrl, config, sessionTimeout, oidc);
    }

    /** This configuration letting people also sign in through the OpenID Connect provider {@code config} (null: none). */
    public ServerConfig withOidc(OidcConfig config) {
        return new ServerConfig(host, port, dataFolder, maxBodyBytes, shutdownGrace, engine, database, tokens,
                publicUrl, smtp, sessionTimeout, config);
    }

    /** This configuration with access control by the token file {@code file} (null: none, loopback only). */
    public ServerConfig withTokens(Path file) {
        return new ServerConfig(host, port, dataFolder, maxBodyBytes, shutdownGrace, engine, database, file,
                publicUrl, smtp,
                sessionTimeout, oidc);
    }
}
