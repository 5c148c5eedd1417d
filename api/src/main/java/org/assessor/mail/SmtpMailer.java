package org.assessor.mail;

import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import javax.net.ssl.SSLException;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends each message over its own connection to the SMTP server an {@link SmtpConfig} names,
 * through Jakarta Mail (Eclipse Angus, found by Jakarta Mail's provider lookup): TLS as
 * configured, with the server's certificate checked against the host name; logged in if
 * configured; giving up on a server that does not connect, answer or read within
 * {@link #TIMEOUT}. Each message is UTF-8 plain text with a Date header and a Message-ID of its
 * own. Thread-safe.
 */
public final class SmtpMailer implements Mailer {
    /** How long connecting, and each read and write, may take before {@link #send} gives up. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SmtpConfig config;
    private final Duration timeout;
    private final Session session;
    private final InternetAddress from;
    private final String messageIdDomain;

    /** A mailer sending through the server {@code config} names, with the {@link #TIMEOUT}. */
    public SmtpMailer(SmtpConfig config) {
        this(config, TIMEOUT);
    }

    /** A mailer that gives up after {@code timeout}: for tests, which should not wait long. */
    SmtpMailer(SmtpConfig config, Duration timeout) {
        this.config = Objects.requireNonNull(config, "config");
        this.timeout = timeout;
        this.session = Session.getInstance(properties(config, timeout));
        try {
            this.from = new InternetAddress(config.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("the sender is not an e-mail address", e); // SmtpConfig checked it
        }
        String address = from.getAddress();
        this.messageIdDomain = address.substring(address.lastIndexOf('@') + 1);
    }

    private static Properties properties(SmtpConfig config, Duration timeout) {
        String prefix = "mail." + protocol(config) + ".";
        String millis = String.valueOf(timeout.toMillis());
        Properties properties = new Properties();
        properties.setProperty(prefix + "connectiontimeout", millis);
        properties.setProperty(prefix + "timeout", millis);
        properties.setProperty(prefix + "writetimeout", millis);
        properties.setProperty(prefix + "auth", String.valueOf(config.authenticates()));
        properties.setProperty(prefix + "starttls.enable", String.valueOf(config.startTls()));
        properties.setProperty(prefix + "starttls.required", String.valueOf(config.startTls()));
        properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        return properties;
    }

    private static String protocol(SmtpConfig config) {
        return config.implicitTls() ? "smtps" : "smtp";
    }

    /** @throws MailFailed if the server did not accept {@code message}; it names the server and says why */
    @Override
    public void send(MailMessage message) {
        MimeMessage mime = compose(message);
        Transport transport = null;
        try {
            transport = session.getTransport(protocol(config));
            transport.connect(config.host(), config.port(), config.user(), config.password());
            transport.sendMessage(mime, mime.getAllRecipients());
        } catch (MessagingException e) {
            throw new MailFailed("could not send mail via " + config.description() + ": " + reason(e), e);
        } finally {
            close(transport);
        }
    }

    /**
     * Says goodbye to the server. A failure here changes nothing: the message was accepted (a
     * retry would send it twice), or sending failed already and says why.
     */
    private static void close(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // see above
        }
    }

    private MimeMessage compose(MailMessage message) {
        try {
            MimeMessage mime = new IdentifiedMessage(session, "<" + UUID.randomUUID() + "@" + messageIdDomain + ">");
            mime.setFrom(from);
            mime.setRecipient(Message.RecipientType.TO, message.toName() == null ? new InternetAddress(message.to(), true)
                    : new InternetAddress(message.to(), message.toName(), StandardCharsets.UTF_8.name()));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setText(message.body(), StandardCharsets.UTF_8.name());
            mime.setSentDate(new Date());
            mime.saveChanges();
            return mime;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailFailed("could not compose mail to send via " + config.description() + ": " + e.getMessage(), e);
        }
    }

    /** Why sending failed, in words an operator can act on, with what the server or network said. */
    private String reason(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return "the server refused the login of user " + config.user() + detail(e);
        }
        if (e instanceof SendFailedException) {
            return "the server refused the message" + detail(e) + (e.getCause() == null ? "" : detail(e.getCause()));
        }
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return "the server did not answer within " + timeout.toSeconds() + " s";
            }
            if (t instanceof ConnectException) {
                return "nothing accepts connections there" + detail(t);
            }
            if (t instanceof UnknownHostException) {
                return "the host name is unknown";
            }
            if (t instanceof SSLException) {
                return "TLS failed (is the certificate trusted and made out to " + config.host() + "?)" + detail(t);
            }
        }
        String said = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        if (config.startTls() && said.contains("STARTTLS")) {
            return said + "; if it offers no TLS (e.g. a relay on the same machine), add starttls=false to --smtp";
        }
        return said;
    }

    private static String detail(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? "" : " (" + t.getMessage().strip() + ")";
    }

    /** A message whose Message-ID is the one given, not one made from the local host's name (which may need DNS). */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
