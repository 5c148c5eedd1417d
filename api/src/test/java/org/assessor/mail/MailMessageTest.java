package org.assessor.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a message may hold: one address alone, and no line breaks where they would make headers. */
class MailMessageTest {

    @Test
    void takesAnAddressWithAnyNameOrNone() {
        assertThat(new MailMessage("sian@example.org", "Siân Ó Briain", "Reminder", "Text").toName())
                .isEqualTo("Siân Ó Briain");
        assertThat(new MailMessage("sian@example.org", "Reminder", "Text").toName()).isNull();
    }

    @Test
    void refusesWhatIsNotOneAddressAlone() {
        assertThatThrownBy(() -> new MailMessage("sian", "Reminder", "Text"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an e-mail address");
        assertThatThrownBy(() -> new MailMessage("sian@example.org, all@example.org", "Reminder", "Text"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an e-mail address");
        assertThatThrownBy(() -> new MailMessage("Siân <sian@example.org>", "Reminder", "Text"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("toName");
    }

    @Test
    void refusesLineBreaksThatWouldAddHeaders() {
        assertThatThrownBy(() -> new MailMessage("sian@example.org", "Reminder\r\nBcc: all@example.org", "Text"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject must be one line");
        assertThatThrownBy(() -> new MailMessage("sian@example.org", "Reminder\nBcc: all@example.org", "Text"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject must be one line");
        assertThatThrownBy(() -> new MailMessage("sian@example.org", "Siân\rBcc: all@example.org", "Reminder", "Text"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name must be one line");
        assertThatThrownBy(() -> new MailMessage("sian@example.org\r\nBcc: all@example.org", "Reminder", "Text"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBodyMayHaveManyLines() {
        assertThat(new MailMessage("sian@example.org", "Reminder", "Line 1\r\nLine 2\n").body()).contains("\n");
    }
}
