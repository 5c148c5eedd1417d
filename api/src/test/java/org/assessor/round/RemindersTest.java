package org.assessor.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assessor.mail.SmtpConfig;
import org.assessor.server.Server;
import org.assessor.testing.ApiClient;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.Rounds;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invitations and reminders by mail, through a real SMTP server (GreenMail) and the real
 * Assessor server started with {@code --smtp} and {@code --public-url}: invitees get their links;
 * reminders go to those who have not finished only; the outbox keeps every message without its link.
 */
class RemindersTest {
    private static final Pattern LINK = Pattern.compile("https://assessor\\.example\\.org/respond/([A-Za-z0-9_-]{43})");
    private GreenMail mail;
    @TempDir
    Path temp;

    @BeforeEach
    void startMail() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.setUser("assessor@north.example", "assessor", "mail-secret");
        mail.start();
    }

    @AfterEach
    void stopMail() {
        mail.stop();
    }

    @Test
    void invitationsAndRemindersArriveByMailAndOnlyThoseNotFinishedAreReminded() throws Exception {
        SmtpConfig smtp = SmtpConfig.parse("smtp://assessor@127.0.0.1:" + mail.getSmtp().getPort()
                + "?from=assessor@north.example&starttls=false", "mail-secret");
        try (Server server = Server.start(FixtureServer.config(temp.resolve("data")).withTokens(Tokens.write(temp))
                .withSmtp(smtp).withPublicUrl(URI.create("https://assessor.example.org/")))) {
            SecuredApi api = new SecuredApi(new ApiClient(server.uri()));
            Rounds rounds = new Rounds(api);
            String round = rounds.create(Tokens.NORTH, Rounds.roundBody("north", "baseline", false, "{\"board\": 4}"));
            List<JsonNode> made = rounds.invite(Tokens.NORTH, round, """
                    [{"role": "board", "name": "Ann Ash", "email": "ann@north.example"},
                     {"role": "board", "name": "Bob Birch", "email": "bob@north.example"},
                     {"role": "board", "name": "Cat Cedar", "email": "cat@north.example"},
                     {"role": "board", "name": "Dan Elm"}]""");
            assertThat(made).extracting(l -> l.get("sent").asBoolean()).containsExactly(true, true, true, false);
            assertThat(mail.waitForIncomingEmail(10_000, 3)).isTrue();
            String ann = linkIn(to("ann@north.example"));
            String bob = linkIn(to("bob@north.example"));
            assertThat(ann).isEqualTo(made.get(0).get("token").asText());
            assertThat(GreenMailUtil.getBody(to("ann@north.example"))).contains("Dear Ann Ash");

            rounds.saved(ann, Rounds.FIRST_PART.formatted("yes", "yes"));
            rounds.saved(ann, Rounds.SECOND_PART.formatted("yes", "yes"));
            assertThat(rounds.submit(ann).statusCode()).isEqualTo(200);
            rounds.saved(bob, Rounds.FIRST_PART.formatted("no", "no"));
            mail.purgeEmailFromAllMailboxes();

            JsonNode reminded = json(api.post(Tokens.NORTH, "/api/rounds/" + round + "/reminders", null));
            assertThat(reminded.get("mail").asText()).isEqualTo("smtp");
            assertThat(reminded.get("links")).extracting(l -> l.get("invitation").get("name").asText())
                    .containsExactlyInAnyOrder("Bob Birch", "Cat Cedar");
            assertThat(mail.waitForIncomingEmail(10_000, 2)).isTrue();
            List<String> recipients = new ArrayList<>();
            for (MimeMessage m : mail.getReceivedMessages()) {
                recipients.add(m.getRecipients(Message.RecipientType.TO)[0].toString());
                assertThat(m.getSubject()).startsWith("Reminder:");
            }
            assertThat(recipients).containsExactlyInAnyOrder("Bob Birch <bob@north.example>",
                    "Cat Cedar <cat@north.example>");
            String bobAgain = linkIn(to("bob@north.example"));
            assertThat(json(rounds.sheet(bobAgain)).get("answers").get("1.1.a.1").asText())
                    .as("Bob's answers go on with his new link").isEqualTo("no");
            assertThat(rounds.sheet(bob).statusCode()).isEqualTo(404);

            JsonNode outbox = json(api.get(Tokens.NORTH, "/api/rounds/" + round + "/outbox"));
            assertThat(outbox.get("messages")).hasSize(5).allSatisfy(m -> {
                assertThat(m.get("sentAt").isNull() || m.get("sentAt").isMissingNode()).isFalse();
                assertThat(m.get("body").asText()).contains("[link left out").doesNotContain("/respond/");
            });
        }
    }

    private MimeMessage to(String address) throws Exception {
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().contains(address)) {
                return m;
            }
        }
        throw new AssertionError("no message to " + address);
    }

    private static String linkIn(MimeMessage message) {
        Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=\n", ""));
        assertThat(link.find()).as("the message carries the respondent's link").isTrue();
        return link.group(1);
    }
}
