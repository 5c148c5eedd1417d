package org.assessor.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.assessor.AssessorException;
import org.assessor.app.EngineConfig;
import org.assessor.mail.SmtpConfig;
import org.assessor.rules.RuleSetInvalid;
import org.assessor.server.Server;
import org.assessor.server.ServerConfig;
import org.assessor.web.OidcConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code assessor serve}: runs the REST API until stopped (Ctrl-C or SIGTERM), with embedded
 * storage or, with {@code --db}, on a PostgreSQL database that several nodes may share.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Serve the REST API (see docs/api.md and GET /api/openapi.json) with assessments stored in an"
                + " embedded database under --data, or with --db in a PostgreSQL database that several nodes may"
                + " share (see docs/deployment.md). Without --tokens the server listens on a loopback address"
                + " only. Stops gracefully on Ctrl-C or SIGTERM: in-flight requests finish first. SIGHUP re-reads"
                + " the token file (see docs/security.md).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:could not start (the reason is printed)", "2:wrong usage"},
        footer = {"", "Environment:",
                "  " + ServeCommand.USER_VARIABLE + "      the database user, if --db-user is not given",
                "  " + ServeCommand.PASSWORD_VARIABLE + "  the database password, if --db-password is not given",
                "  " + OidcConfig.SECRET_VARIABLE + "  the OpenID Connect client secret, if --oidc-client-secret is not given",
                "", "Examples:", "  ${sys:assessor.command:-java -jar api/target/assessor.jar} serve --port 8080 --data ./data",
                "  ASSESSOR_DB_USER=assessor ASSESSOR_DB_PASSWORD=... java -jar api/target/assessor.jar serve"
                        + " --db jdbc:postgresql://db.example:5432/assessor"})
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    static final String USER_VARIABLE = DatabaseOptions.USER_VARIABLE;
    static final String PASSWORD_VARIABLE = DatabaseOptions.PASSWORD_VARIABLE;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on; 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The address to listen on; must be loopback while access control is off "
                    + "(default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--tokens", paramLabel = "FILE",
            description = "Turn access control on with the tokens in FILE: a JSON array of {\"token\", \"role\", "
                    + "\"site\"} (roles: site, peer-reviewer, commissioner, auditor, admin). Every /api/ call but "
                    + "GET /api/questionnaires then needs Authorization: Bearer TOKEN, and any address may be used.")
    private Path tokens;

    @CommandLine.Mixin
    private DatabaseOptions database;

    @Option(names = "--max-body-bytes", paramLabel = "BYTES", defaultValue = "1048576",
            description = "The largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    private long maxBodyBytes;

    @Option(names = "--shutdown-grace", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long in-flight requests may take to finish when stopping (default: ${DEFAULT-VALUE}).")
    private long shutdownGraceSeconds;

    @Option(names = "--questionnaires", paramLabel = "DIR",
            description = "Serve questionnaires from DIR (laid out as <id>/<version>.json) instead of the bundled ones.")
    private Path questionnaires;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Serve rule sets from DIR (laid out as <questionnaire>/<version>/) instead of the bundled ones.")
    private Path rules;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address respondents' links start with, e.g. https://assessor.example.org/ "
                    + "(default: the address the server listens on).")
    private URI publicUrl;

    @Option(names = "--smtp", paramLabel = "URL",
            description = "Send invitations and reminders through this mail server: "
                    + "smtp://[USER@]HOST[:PORT]?from=ADDRESS (STARTTLS; add &starttls=false only for a relay without"
                    + " TLS) or smtps://...; the password in $" + SmtpConfig.PASSWORD_VARIABLE + ". Without it,"
                    + " messages are listed for the round's lead to copy.")
    private String smtp;

    @Option(names = "--session-timeout", paramLabel = "MINUTES", defaultValue = "30",
            description = "Sign people out of the web pages after this many minutes without a request (1 to 1440;"
                    + " default: ${DEFAULT-VALUE}). Pages warn two minutes before.")
    private long sessionTimeoutMinutes;

    @Option(names = "--oidc-issuer", paramLabel = "URL",
            description = "Let people also sign in with their organisation's account through this OpenID Connect"
                    + " provider (its issuer, e.g. https://login.example.org/realms/staff; discovery from"
                    + " URL/.well-known/openid-configuration). Register Assessor there with the redirect URI"
                    + " PUBLIC-URL/sign-in/oidc/callback. The verified email address signs in the Assessor account"
                    + " of that username (see docs/security.md).")
    private URI oidcIssuer;

    @Option(names = "--oidc-client-id", paramLabel = "ID", description = "Assessor's client id at the provider.")
    private String oidcClientId;

    @Option(names = "--oidc-client-secret", paramLabel = "SECRET",
            description = "Assessor's client secret at the provider; better in $" + OidcConfig.SECRET_VARIABLE
                    + ", as other users of the machine can see a command line.")
    private String oidcClientSecret;

    @Option(names = "--oidc-scope", paramLabel = "SCOPES", defaultValue = OidcConfig.DEFAULT_SCOPE,
            description = "The scopes asked for, with openid (default: ${DEFAULT-VALUE}).")
    private String oidcScope;

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535 || maxBodyBytes < 1 || maxBodyBytes > ServerConfig.MAX_BODY_BYTES_CEILING
                || shutdownGraceSeconds < 0 || sessionTimeoutMinutes < 1 || sessionTimeoutMinutes > 1440) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535, "
                    + "--max-body-bytes 1 to " + ServerConfig.MAX_BODY_BYTES_CEILING
                    + ", --shutdown-grace not negative and --session-timeout 1 to 1440 minutes");
        }
        ServerConfig config = ServerConfig.defaults().withAddress(host, port).withDataFolder(database.data)
                .withMaxBodyBytes(maxBodyBytes).withShutdownGrace(Duration.ofSeconds(shutdownGraceSeconds))
                .withEngine(EngineConfig.defaults().withQuestionnaires(questionnaires).withRuleSets(rules))
                .withDatabase(database.config(spec.commandLine())).withTokens(tokens)
                .withPublicUrl(publicUrl(spec.commandLine())).withSmtp(smtp(spec.commandLine()))
                .withSessionTimeout(Duration.ofMinutes(sessionTimeoutMinutes))
                .withOidc(oidc(spec.commandLine()));
        AtomicReference<Server> running = new AtomicReference<>();
        Thread stop = new Thread(() -> {
            Server server = running.get();
            if (server != null) {
                server.close();
            }
        }, "assessor-shutdown");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            running.set(Server.start(config));
        } catch (AssessorException e) {
            Runtime.getRuntime().removeShutdownHook(stop);
            spec.commandLine().getErr().println("assessor serve: " + e.getMessage());
            if (e instanceof RuleSetInvalid invalid) {
                invalid.problems().forEach(p -> spec.commandLine().getErr().println("  " + p));
                spec.commandLine().getErr().println("fix the rule files (assessor rules validate DIR checks a folder)"
                        + " and start again");
            }
            return 1;
        }
        if (tokens != null) {
            HangupSignal.onHangup(() -> reload(running.get()));
        }
        running.get().awaitClosed();
        return 0;
    }

    private URI publicUrl(CommandLine command) {
        if (publicUrl == null) {
            return null;
        }
        if (!publicUrl.isAbsolute() || !List.of("http", "https").contains(publicUrl.getScheme())
                || publicUrl.getHost() == null) {
            throw new CommandLine.ParameterException(command, "--public-url must be an http or https address, "
                    + "e.g. https://assessor.example.org/");
        }
        String text = publicUrl.toString();
        return URI.create(text.endsWith("/") ? text : text + "/");
    }

    private SmtpConfig smtp(CommandLine command) {
        try {
            return smtp == null ? null : SmtpConfig.parse(smtp, System.getenv(SmtpConfig.PASSWORD_VARIABLE));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(command, e.getMessage());
        }
    }

    private OidcConfig oidc(CommandLine command) {
        try {
            return OidcConfig.of(oidcIssuer, oidcClientId, oidcClientSecret, System.getenv(OidcConfig.SECRET_VARIABLE),
                    oidcScope);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(command, e.getMessage());
        }
    }

    private static void reload(Server server) {
        try {
            server.reloadTokens();
        } catch (AssessorException e) {
            LOG.error("the token file was not reloaded, the tokens in force stay: {}", e.getMessage());
        }
    }
}
