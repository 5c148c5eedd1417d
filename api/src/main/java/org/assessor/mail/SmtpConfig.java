package org.assessor.mail;

import java.util.Objects;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Which SMTP server sends Assessor's mail, how, and as whom: what the operator writes as
 * {@code --smtp smtp://[user[:password]@]host[:port][?from=address&starttls=true|false]}
 * ({@link #parse}).
 *
 * <p>The password never leaves this object except to the SMTP server: {@link #toString()} and
 * {@link #description()} can be logged safely. Immutable.
 *
 * @param host        the server's host name or IP address (an IPv6 address without brackets)
 * @param port        its port, 1 to 65535
 * @param implicitTls true for {@code smtps://}: TLS from the first byte (usually port 465)
 * @param startTls    true to insist on upgrading a plain connection with STARTTLS before logging
 *                    in or sending (never with {@code implicitTls}); false to send in the clear
 * @param user        the login; null to send without logging in
 * @param password    the password; null exactly when {@code user} is. Never log it
 * @param from        the sender, an address alone or with a name ({@code Assessor
 *                    <assessor@example.org>}), as the recipient sees it
 */
public record SmtpConfig(String host, int port, boolean implicitTls, boolean startTls, String user, String password,
                         String from) {
    /** The environment variable that callers read the password from when the URL has none. */
    public static final String PASSWORD_VARIABLE = "ASSESSOR_SMTP_PASSWORD";
    /** The port of {@code smtp://} URLs that name none. */
    public static final int SMTP_PORT = 25;
    /** The port of {@code smtps://} URLs that name none. */
    public static final int SMTPS_PORT = 465;

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException if one is missing or out of range, a password comes
     *                                  without a user or a user without one, or TLS is asked
     *                                  for twice (the message never holds the password)
     */
    public SmtpConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        if (host.isBlank()) {
            throw new IllegalArgumentException("the SMTP host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the SMTP port must be 1 to 65535, not " + port);
        }
        if (implicitTls && startTls) {
            throw new IllegalArgumentException("STARTTLS is for plain connections; smtps:// is TLS from the start");
        }
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException(user == null ? "an SMTP password needs a user" : "the SMTP user "
                    + user + " needs a password");
        }
        checkSender(from);
    }

    /**
     * The server, login and sender that {@code uri} names.
     *
     * <ul>
     *   <li>{@code smtp://} connects in the clear and, unless {@code starttls=false}, insists on
     *       STARTTLS before logging in or sending; {@code smtps://} speaks TLS from the start.
     *       Either way the server's certificate must be trusted by Java and name the host.</li>
     *   <li>The port defaults to {@value #SMTP_PORT} for {@code smtp://} and {@value #SMTPS_PORT}
     *       for {@code smtps://}.</li>
     *   <li>{@code from=} is required. The user and password are percent-encoded ({@code %40} for
     *       {@code @}); a password in the URL wins over {@code passwordFromEnv}, which is used only
     *       when the URL names a user.</li>
     * </ul>
     *
     * @param uri             the URL, e.g. {@code smtp://assessor@mail.example.org:587?from=assessor@example.org}
     * @param passwordFromEnv the value of {@value #PASSWORD_VARIABLE}, read by the caller; null or
     *                        empty for none
     * @throws IllegalArgumentException if the URL is malformed or incomplete: the message says what
     *                                  is wrong and what to write instead, and never holds the password
     */
    public static SmtpConfig parse(String uri, String passwordFromEnv) {
        return SmtpUri.parse(uri, passwordFromEnv);
    }

    /** True if the mailer logs in before sending. */
    public boolean authenticates() {
        return user != null;
    }

    /**
     * For logs and errors: the URL without password or parameters, and how it is secured, e.g.
     * {@code smtp://assessor@mail.example.org:587 (STARTTLS)}.
     */
    public String description() {
        return (implicitTls ? "smtps://" : "smtp://") + (user == null ? "" : user + "@") + address()
                + (implicitTls ? "" : startTls ? " (STARTTLS)" : " (no TLS)");
    }

    /** {@code host:port}, with an IPv6 host in brackets. */
    public String address() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** The {@link #description()} and sender; never the password. */
    @Override
    public String toString() {
        return "SmtpConfig[" + description() + ", from " + from + (password == null ? "" : ", password hidden") + "]";
    }

    private static void checkSender(String from) {
        if (from.indexOf('\r') >= 0 || from.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("the sender must be one line, without CR or LF");
        }
        try {
            new InternetAddress(from, true).validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("the sender \"" + from + "\" is not an e-mail address (" + e.getMessage()
                    + "); write e.g. assessor@example.org", e);
        }
    }
}
