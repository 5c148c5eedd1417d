package org.assessor.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The {@code --smtp} URL as an operator types it: what it means, its defaults, and clear refusals. */
class SmtpConfigTest {

    @Test
    void readsServerLoginAndSender() {
        SmtpConfig config = SmtpConfig.parse(
                "smtp://reminders%40example.org:p%40ss:w+rd@mail.example.org:587?from=assessor@example.org", null);

        assertThat(config).isEqualTo(new SmtpConfig("mail.example.org", 587, false, true, "reminders@example.org",
                "p@ss:w+rd", "assessor@example.org"));
        assertThat(config.authenticates()).isTrue();
    }

    @Test
    void defaultsToPort25WithStartTlsOrPort465ForSmtps() {
        SmtpConfig smtp = SmtpConfig.parse("smtp://mail.example.org?from=assessor@example.org", null);
        SmtpConfig smtps = SmtpConfig.parse("SMTPS://mail.example.org/?from=assessor@example.org", null);

        assertThat(smtp.port()).isEqualTo(25);
        assertThat(smtp.startTls()).isTrue();
        assertThat(smtp.authenticates()).isFalse();
        assertThat(smtps.port()).isEqualTo(465);
        assertThat(smtps.implicitTls()).isTrue();
        assertThat(smtps.startTls()).isFalse();
    }

    @Test
    void sendsInTheClearOnlyWhenTold() {
        SmtpConfig config = SmtpConfig.parse("smtp://localhost:2525?starttls=false&from=Assessor%20%3Cassessor@example.org%3E", null);

        assertThat(config.startTls()).isFalse();
        assertThat(config.from()).isEqualTo("Assessor <assessor@example.org>");
        assertThat(config.description()).isEqualTo("smtp://localhost:2525 (no TLS)");
    }

    @Test
    void takesThePasswordFromTheEnvironmentWhenTheUrlHasNone() {
        assertThat(SmtpConfig.parse("smtp://assessor@mail.example.org?from=a@example.org", "from-env").password())
                .isEqualTo("from-env");
        assertThat(SmtpConfig.parse("smtp://assessor:in-url@mail.example.org?from=a@example.org", "from-env").password())
                .isEqualTo("in-url");
        assertThat(SmtpConfig.parse("smtp://mail.example.org?from=a@example.org", "from-env").authenticates())
                .as("no user, no login").isFalse();
    }

    @Test
    void neverShowsThePassword() {
        SmtpConfig config = SmtpConfig.parse("smtp://assessor:hunter2@mail.example.org:587?from=a@example.org", null);

        assertThat(config.toString()).doesNotContain("hunter2")
                .isEqualTo("SmtpConfig[smtp://assessor@mail.example.org:587 (STARTTLS), from a@example.org, password hidden]");
        assertThat(config.description()).doesNotContain("hunter2");
    }

    @Test
    void explainsAMissingSender() {
        assertThatThrownBy(() -> SmtpConfig.parse("smtp://mail.example.org:587", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--smtp needs ?from=address, e.g. smtp://mail.example.org:587?from=assessor@example.org");
        assertThatThrownBy(() -> SmtpConfig.parse("smtp://mail.example.org:587?from=", null))
                .hasMessageContaining("needs ?from=address");
        assertThatThrownBy(() -> SmtpConfig.parse("smtp://mail.example.org?from=assessor", null))
                .hasMessageContaining("--smtp: the sender \"assessor\" is not an e-mail address");
        assertThatThrownBy(() -> SmtpConfig.parse("smtp://mail.example.org?from=a@example.org%0D%0ABcc:%20b@example.org", null))
                .hasMessageContaining("--smtp: the sender must be one line");
    }

    @Test
    void explainsWhatIsNotAnSmtpUrl() {
        assertThatThrownBy(() -> SmtpConfig.parse("mail.example.org:587", null))
                .hasMessageContaining("must start with smtp:// (or smtps://");
        assertThatThrownBy(() -> SmtpConfig.parse("", null)).hasMessageContaining("needs a URL, e.g. smtp://");
        assertThatThrownBy(() -> SmtpConfig.parse("smtp://mail.example.org:99999?from=a@example.org", null))
                .hasMessageContaining("port must be 1 to 65535");
        assertThatThrownBy(() -> SmtpConfig.parse("smtp://mail.example.org:port?from=a@example.org", null))
                .hasMessageContaining("needs a host name");
        assertThatThrownBy(() -> SmtpConfig.parse("smtp://mail.example.org/assessor@example.org", null))
                .hasMessageContaining("takes no path").hasMessageContaining("?from=");
        assertThatThrownBy(() -> SmtpConfig.parse("smtp://mail.example.org?from=a@example.org&sender=b@example.org", null))
                .hasMessageContaining("\"sender\", which it does not know").hasMessageContaining("from=ADDRESS");
        assertThatThrownBy(() -> SmtpConfig.parse("smtp://mail.example.org?from=a@example.org&starttls=yes", null))
                .hasMessageContaining("starttls=true").hasMessageContaining("starttls=false");
        assertThatThrownBy(() -> SmtpConfig.parse("smtps://mail.example.org?from=a@example.org&starttls=true", null))
                .hasMessageContaining("TLS from the start");
    }

    @Test
    void explainsAMissingOrBadlyWrittenLoginWithoutRepeatingThePassword() {
        assertThatThrownBy(() -> SmtpConfig.parse("smtp://assessor@mail.example.org?from=a@example.org", null))
                .hasMessageContaining("names the user assessor but no password")
                .hasMessageContaining("ASSESSOR_SMTP_PASSWORD");
        assertThatThrownBy(() -> SmtpConfig.parse("smtp://assessor@mail.example.org?from=a@example.org", ""))
                .hasMessageContaining("ASSESSOR_SMTP_PASSWORD");
        assertThatThrownBy(() -> SmtpConfig.parse("smtp://:hunter2@mail.example.org?from=a@example.org", null))
                .hasMessageContaining("no user before the @").message().doesNotContain("hunter2");
        assertThatThrownBy(() -> SmtpConfig.parse("smtp://assessor:hun@ter2@mail.example.org?from=a@example.org", null))
                .hasMessageContaining("%40").message().doesNotContain("hun@ter2").doesNotContain("ter2");
        assertThatThrownBy(() -> SmtpConfig.parse("smtp://assessor:hun ter2@mail.example.org?from=a@example.org", null))
                .hasMessageContaining("not a valid URL").hasMessageContaining("percent-encode")
                .message().doesNotContain("hun ter2").doesNotContain("ter2");
    }
}
