package org.assessor.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sending through a real SMTP server (GreenMail, on free ports): what the recipient receives, logging
 * in, and servers that refuse, are not there or never answer.
 */
class SmtpMailerTest {
    private static final String FROM = "assessor@example.org";
    private static final String PASSWORD = "correct-Horse-7";
    private static final MailMessage REMINDER = new MailMessage("sian@example.org", "Siân Ó Briain",
            "Erinnerung: Fragebogen „Station 3“ – bitte abschließen",
            "Dia duit Siân,\n\nyour questionnaire for Ward 3 is not finished yet: 4 of 12 standards answered.\n"
                    + "Grüße – ✓ Assessor\n");

    private GreenMail server;

    @BeforeEach
    void start() {
        server = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS)});
        server.setUser(FROM, "assessor", PASSWORD);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void theRecipientGetsTheMessageWithTheirNameSenderSubjectAndUtf8Text() throws Exception {
        Instant before = Instant.now().minusSeconds(1);

        new SmtpMailer(plain("")).send(REMINDER);

        MimeMessage received = single();
        InternetAddress to = (InternetAddress) received.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("sian@example.org");
        assertThat(to.getPersonal()).isEqualTo("Siân Ó Briain");
        assertThat(received.getRecipients(Message.RecipientType.TO)).hasSize(1);
        assertThat(received.getFrom()).containsExactly(new InternetAddress(FROM));
        assertThat(received.getSubject()).isEqualTo(REMINDER.subject());
        // GreenMail takes the body's last line break as part of the end-of-data mark
        assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo(REMINDER.body().stripTrailing());
        assertThat(received.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(received.getHeader("Subject")[0]).as("the subject is encoded for 7-bit transport").startsWith("=?UTF-8?");
        assertThat(received.getSentDate().toInstant()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(received.getMessageID()).matches("<[0-9a-f-]{36}@example\\.org>");
    }

    @Test
    void eachMessageHasItsOwnMessageId() throws Exception {
        SmtpMailer mailer = new SmtpMailer(plain(""));

        mailer.send(REMINDER);
        mailer.send(REMINDER);

        assertThat(server.waitForIncomingEmail(5_000, 2)).isTrue();
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received[0].getMessageID()).isNotEqualTo(received[1].getMessageID());
    }

    @Test
    void logsInWithTheUserAndThePasswordFromTheEnvironment() throws Exception {
        SmtpConfig config = SmtpConfig.parse(
                "smtp://assessor@127.0.0.1:" + smtpPort() + "?from=" + FROM + "&starttls=false", PASSWORD);

        new SmtpMailer(config).send(REMINDER);

        assertThat(single().getSubject()).isEqualTo(REMINDER.subject());
    }

    @Test
    void aWrongPasswordFailsNamingTheServerAndUserButNotThePassword() {
        String wrong = "Tr0ub4dor-and-3";
        SmtpMailer mailer = new SmtpMailer(plain("assessor:" + wrong + "@"));

        assertThatThrownBy(() -> mailer.send(REMINDER))
                .isInstanceOf(MailFailed.class)
                .hasMessageContaining("127.0.0.1:" + smtpPort())
                .hasMessageContaining("refused the login of user assessor")
                .satisfies(e -> assertNoPasswordIn(e, wrong));
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatIsNotListeningFailsWithinTheTimeout() throws IOException {
        int port = freePort();
        SmtpMailer mailer = new SmtpMailer(SmtpConfig.parse(
                "smtp://assessor:" + PASSWORD + "@127.0.0.1:" + port + "?from=" + FROM + "&starttls=false", null));

        MailFailed failure = assertTimeoutPreemptively(SmtpMailer.TIMEOUT.plusSeconds(2),
                () -> catchMailFailed(mailer));

        assertThat(failure).hasMessageContaining("127.0.0.1:" + port).hasMessageContaining("nothing accepts connections");
        assertNoPasswordIn(failure, PASSWORD);
    }

    @Test
    void aServerThatNeverAnswersFailsAfterTheTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            SmtpMailer mailer = new SmtpMailer(SmtpConfig.parse(
                    "smtp://127.0.0.1:" + silent.getLocalPort() + "?from=" + FROM + "&starttls=false", null),
                    Duration.ofSeconds(1));
            long start = System.nanoTime();

            MailFailed failure = catchMailFailed(mailer);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
            assertThat(failure).hasMessageContaining("127.0.0.1:" + silent.getLocalPort())
                    .hasMessageContaining("did not answer within 1 s");
        }
    }

    @Test
    void insistsOnStartTlsUnlessToldNotTo() {
        SmtpMailer mailer = new SmtpMailer(SmtpConfig.parse(
                "smtp://assessor:" + PASSWORD + "@127.0.0.1:" + smtpPort() + "?from=" + FROM, null));

        assertThatThrownBy(() -> mailer.send(REMINDER))
                .isInstanceOf(MailFailed.class)
                .hasMessageContaining("smtp://assessor@127.0.0.1:" + smtpPort() + " (STARTTLS)")
                .hasMessageContaining("does not support STARTTLS").hasMessageContaining("starttls=false")
                .satisfies(e -> assertNoPasswordIn(e, PASSWORD));
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void refusesAServerWhoseCertificateIsNotTrusted() {
        int port = server.getSmtps().getPort();
        SmtpMailer mailer = new SmtpMailer(SmtpConfig.parse(
                "smtps://assessor:" + PASSWORD + "@127.0.0.1:" + port + "?from=" + FROM, null));

        assertThatThrownBy(() -> mailer.send(REMINDER))
                .isInstanceOf(MailFailed.class)
                .hasMessageContaining("smtps://assessor@127.0.0.1:" + port)
                .hasMessageContaining("TLS failed")
                .satisfies(e -> assertNoPasswordIn(e, PASSWORD));
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    /** A plain connection (no TLS) to the GreenMail SMTP port, as {@code login} (e.g. {@code user:pw@}, or empty). */
    private SmtpConfig plain(String login) {
        return SmtpConfig.parse("smtp://" + login + "127.0.0.1:" + smtpPort() + "?from=" + FROM + "&starttls=false", null);
    }

    private int smtpPort() {
        return server.getSmtp().getPort();
    }

    private MimeMessage single() {
        assertThat(server.waitForIncomingEmail(5_000, 1)).as("a message arrived").isTrue();
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static MailFailed catchMailFailed(Mailer mailer) {
        try {
            mailer.send(REMINDER);
        } catch (MailFailed e) {
            return e;
        }
        throw new AssertionError("sent, though the server cannot have accepted it");
    }

    private static void assertNoPasswordIn(Throwable failure, String password) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(password);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
