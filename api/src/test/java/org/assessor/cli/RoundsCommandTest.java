package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assessor.api.ApiJson;
import org.assessor.cli.CliTest.Run;
import org.assessor.mail.SmtpConfig;
import org.assessor.server.Server;
import org.assessor.testing.ApiClient;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.OwnServer;
import org.assessor.testing.Rounds;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site lead's collection round from the command line, against a real server with access
 * control on: {@code rounds create}, {@code list}, {@code invite} from a CSV file, {@code progress},
 * {@code remind}, {@code rating} and {@code close}, with respondents answering over HTTP through
 * the links the commands printed and wrote; the server's refusals (exit 1), wrong usage (exit 2),
 * and invitations sent through a real SMTP server.
 */
class RoundsCommandTest {
    private static final Pattern ROUND_ID = Pattern.compile("created round ([0-9a-f-]{36}) \\(open\\)");
    private static final Pattern LINK = Pattern.compile("https?://\\S+/respond/([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final OwnServer SERVER = new OwnServer(data -> FixtureServer.config(data).withTokens(Tokens.write(data)));

    @TempDir
    Path temp;

    /** The command line as north's lead runs it: {@code args}, then {@code --server URL --token NORTH}. */
    private static Run lead(String... args) {
        return as(Tokens.NORTH, args);
    }

    private static Run as(String token, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", SERVER.api().base().toString(), "--token", token));
        return run(all.toArray(String[]::new));
    }

    private static String closes() {
        return Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String created(Run run) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Matcher m = ROUND_ID.matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        return m.group(1);
    }

    private static String create(String cycle, String expect, String... more) {
        List<String> args = new ArrayList<>(List.of("rounds", "create", "--site", "north", "--site-name",
                "North Vale", "--questionnaire", "demo", "--cycle", cycle, "--closes", closes(), "--expect", expect));
        args.addAll(List.of(more));
        return created(lead(args.toArray(String[]::new)));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            tokens.add(m.group(1));
        }
        return tokens;
    }

    @Test
    void aSiteLeadRunsARoundFromCreateToCloseWhileRespondentsAnswerThroughTheirLinks() throws IOException {
        Run made = lead("rounds", "create", "--site", "north", "--site-name", "North Vale", "--questionnaire", "demo",
                "--cycle", "baseline", "--closes", closes(), "--expect", "board=2,frontline-staff=2");
        String round = created(made);
        assertThat(made.out()).contains("site north (North Vale), questionnaire demo 1.0.0 rated with rule set 1.0.0,"
                + " cycle baseline").contains("expected: board 2, frontline-staff 2; named")
                .contains("rounds invite " + round + " --file invitees.csv");

        Run listed = lead("rounds", "list", "--site", "north");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).containsPattern("ROUND +SITE +QUESTIONNAIRE +CYCLE +STATUS +CLOSES")
                .containsPattern(round + " +north +demo +baseline +open +20\\d\\d-");

        Path csv = Files.writeString(temp.resolve("invitees.csv"), "\uFEFFrole,name,email\r\n"
                + "board,Ada Lovelace,ada@north.example\r\n"
                + "board,\"Okri, Ben\",\r\n"
                + "\r\n"
                + "frontline-staff,Cy Twombly,cy@north.example\r\n"
                + "frontline-staff,,\r\n");
        Path messages = temp.resolve("messages");
        Run invited = lead("rounds", "invite", round, "--file", csv.toString(), "--messages", messages.toString());
        assertThat(invited.exitCode()).as(invited.out() + invited.err()).isZero();
        assertThat(invited.out()).startsWith("made 4 links for round " + round + ":\n")
                .containsPattern("board +Ada Lovelace <ada@north\\.example> +to copy +http://\\S+/respond/")
                .containsPattern("board +Okri, Ben +to copy +http://")
                .containsPattern("frontline-staff +Cy Twombly <cy@north\\.example> +to copy +http://")
                .containsPattern("frontline-staff +\\(no name\\) +to copy +http://")
                .contains("These links are shown only now: the server keeps no copy of them.")
                .contains("messages: 4 to copy to their invitees by hand.")
                .contains("The server sends no mail (it has no --smtp), so nothing was sent.")
                .contains("2 have no e-mail address.")
                .contains("wrote 4 messages to " + messages + ":");
        List<String> printed = tokens(invited.out());
        assertThat(printed).hasSize(4).doesNotHaveDuplicates();

        List<Path> files;
        try (Stream<Path> list = Files.list(messages)) {
            files = list.sorted().toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly(
                "1-invitation-board-ada-lovelace.txt", "2-invitation-board-okri-ben.txt",
                "3-invitation-frontline-staff-cy-twombly.txt", "4-invitation-frontline-staff.txt");
        String toAda = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertThat(toAda).startsWith("To: Ada Lovelace <ada@north.example>\n"
                + "Subject: please answer the demo questionnaire for North Vale\n\nDear Ada Lovelace,\n");
        List<String> fromFiles = new ArrayList<>();
        for (Path f : files) {
            fromFiles.addAll(tokens(Files.readString(f, StandardCharsets.UTF_8)));
        }
        assertThat(fromFiles).as("each file carries the link printed for its invitee").isEqualTo(printed);

        // the respondents, each with nothing but the link the lead passed on
        Rounds respondents = new Rounds(new SecuredApi(SERVER.api()));
        for (String link : fromFiles.subList(0, 2)) {
            respondents.saved(link, Rounds.FIRST_PART.formatted("yes", "partly"));
            respondents.saved(link, Rounds.SECOND_PART.formatted("yes", "yes"));
            HttpResponse<byte[]> submitted = respondents.submit(link);
            assertThat(submitted.statusCode()).as(ApiClient.text(submitted)).isEqualTo(200);
        }
        respondents.saved(fromFiles.get(2), Rounds.FIRST_PART.formatted("no", "no"));

        Run progress = lead("rounds", "progress", round);
        assertThat(progress.exitCode()).as(progress.err()).isZero();
        assertThat(progress.out()).startsWith("round " + round + " (open, closes ")
                .containsPattern("ROLE +EXPECTED +INVITED +STARTED +SUBMITTED")
                .containsPattern("\nboard +2 +2 +2 +2\n").containsPattern("\nfrontline-staff +2 +2 +1 +0\n")
                .containsPattern("\nall +4 +4 +3 +2\n")
                .contains("not finished: 2\n")
                .containsPattern("Cy Twombly <cy@north\\.example> +frontline-staff +started\n")
                .containsPattern("\\(no name\\) +frontline-staff +not opened yet\n");

        Run reminded = lead("rounds", "remind", round);
        assertThat(reminded.exitCode()).as(reminded.err()).isZero();
        assertThat(reminded.out()).startsWith("reminded 1 person in round " + round + ":\n")
                .containsPattern("frontline-staff +Cy Twombly <cy@north\\.example> +to copy +new link http://")
                .contains("each new link replaces that person's earlier one, which no longer works")
                .contains("Copy each message with --messages DIR");
        String renewed = tokens(reminded.out()).get(0);
        assertThat(respondents.sheet(fromFiles.get(2)).statusCode()).as("the earlier link").isNotEqualTo(200);
        assertThat(ApiClient.json(respondents.sheet(renewed)).get("answers").get("1.1.a.1").asText())
                .as("answers saved so far go on with the new link").isEqualTo("no");

        Run rating = lead("rounds", "rating", round);
        assertThat(rating.exitCode()).as(rating.err()).isZero();
        assertThat(rating.out()).startsWith("PROVISIONAL rating of round " + round + ", from 2 submitted responses"
                        + " (not stored; it may change until the round is closed)\n")
                .containsPattern("PROVISIONAL overall: [a-z-]+\n").containsPattern("\n {4}1\\.1 +[a-z-]+ ");
        Run ratingJson = lead("rounds", "rating", round, "--json");
        JsonNode provisional = ApiJson.mapper().readTree(ratingJson.out());
        assertThat(provisional.get("provisional").asBoolean()).isTrue();
        String overall = provisional.at("/result/overall/rating").asText();
        assertThat(rating.out()).contains("PROVISIONAL overall: " + overall + "\n");

        Run closed = lead("rounds", "close", round);
        assertThat(closed.exitCode()).as(closed.err()).isZero();
        Matcher assessment = Pattern.compile("stored as assessment ([0-9a-f-]{36})\n").matcher(closed.out());
        assertThat(assessment.find()).as(closed.out()).isTrue();
        assertThat(closed.out()).startsWith("closed round " + round + ": 2 submitted responses rated together\n")
                .contains("overall rating: " + overall + "\n").doesNotContain("PROVISIONAL");
        HttpResponse<byte[]> stored = new SecuredApi(SERVER.api()).get(Tokens.NORTH,
                "/api/assessments/" + assessment.group(1));
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(stored).at("/overall/rating").asText()).isEqualTo(overall);
        assertThat(lead("rounds", "list", "--site", "north").out()).containsPattern(round + " +north +demo +baseline"
                + " +closed ");

        Run again = lead("rounds", "close", round);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).contains("the server answered 409: round " + round + " is closed already; its"
                + " assessment is " + assessment.group(1));
    }

    @Test
    void aRoundWithNothingSubmittedCannotBeRatedOrClosedAndTheServerSaysWhy() {
        String round = create("nothing-yet", "board=1");

        Run rating = lead("rounds", "rating", round);
        Run closed = lead("rounds", "close", round);

        assertThat(rating.exitCode()).isEqualTo(1);
        assertThat(rating.err()).contains("the server answered 409: no response has been submitted yet");
        assertThat(closed.exitCode()).isEqualTo(1);
        assertThat(closed.out()).isEmpty();
        assertThat(closed.err()).startsWith("the server answered 409: no response has been submitted yet, so there is"
                + " nothing to rate;");
        assertThat(lead("rounds", "progress", round).out()).contains("(open, closes ");
    }

    @Test
    void eachFieldTheServerRefusesIsShownWithTheOptionOrLineItCameFrom() throws IOException {
        Run create = lead("rounds", "create", "--site", "north", "--questionnaire", "nope", "--cycle", "baseline",
                "--closes", "2020-01-01T00:00:00Z", "--expect", "boards=2,board=0");
        assertThat(create.exitCode()).isEqualTo(1);
        assertThat(create.err()).startsWith("the server answered 422: ")
                .contains("  /closesAt (--closes): must be")
                .contains("  /expected/boards (--expect boards): unknown role; one of [board, ")
                .contains("  /expected/board (--expect board): expected a whole number from 1 to 1000")
                .contains("  /questionnaireId (--questionnaire): unknown questionnaire");

        String round = create("refusals", "board=2");
        Path csv = Files.writeString(temp.resolve("bad.csv"), "name,role,email\nAda,board,ada@north.example\n"
                + "Ben,chair,not-an-address\n");
        Run invite = lead("rounds", "invite", round, "--file", csv.toString(), "--role", "board", "--name", "Cy",
                "--email", "cy@");
        assertThat(invite.exitCode()).isEqualTo(1);
        assertThat(invite.err()).startsWith("the server answered 422: ")
                .contains("  /invitations/1/email (" + csv + " line 3): is not an e-mail address")
                .contains("  /invitations/2/email (--role board --name Cy): is not an e-mail address");
        assertThat(invite.out()).isEmpty();

        Run south = as(Tokens.SOUTH, "rounds", "progress", round);
        assertThat(south.exitCode()).as("another site's round looks like none").isEqualTo(1);
        assertThat(south.err()).contains("the server answered 404: ");
        Run peer = as(Tokens.PEER_1, "rounds", "create", "--site", "north", "--questionnaire", "demo",
                "--cycle", "peer", "--closes", closes(), "--expect", "board=1");
        assertThat(peer.exitCode()).isEqualTo(1);
        assertThat(peer.err()).contains("the server answered 403: ");
        Run nobody = run("rounds", "list", "--server", "http://127.0.0.1:1");
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.err()).contains("cannot connect to http://127.0.0.1:1/");
    }

    @Test
    void wrongUsageExitsWithTwoBeforeAnythingIsSent() throws IOException {
        String round = create("usage", "board=2");
        Path unknownColumn = Files.writeString(temp.resolve("columns.csv"), "role;name;email\nboard;Ada;\n");
        Path unclosed = Files.writeString(temp.resolve("unclosed.csv"), "role,name\nboard,\"Ada\nboard,Ben\n");
        Path notAFolder = Files.writeString(temp.resolve("not-a-folder"), "");
        String[][] wrong = {
                {"rounds", "create", "--site", "north", "--questionnaire", "demo", "--cycle", "c", "--closes",
                        closes(), "--expect", "board"},
                {"rounds", "create", "--site", "north", "--questionnaire", "demo", "--cycle", "c", "--closes",
                        closes(), "--expect", "board=two"},
                {"rounds", "create", "--site", "north", "--questionnaire", "demo", "--cycle", "c", "--closes",
                        "2027-01-31", "--expect", "board=2"},
                {"rounds", "create", "--site", "north", "--questionnaire", "demo", "--cycle", "c", "--closes",
                        closes(), "--expect", "board=2,board=3"},
                {"rounds", "create", "--site", "north", "--questionnaire", "demo", "--cycle", "c", "--closes",
                        closes()},
                {"rounds", "invite", round},
                {"rounds", "invite", round, "--file", temp.resolve("missing.csv").toString()},
                {"rounds", "invite", round, "--file", unknownColumn.toString()},
                {"rounds", "invite", round, "--file", unclosed.toString()},
                {"rounds", "invite", round, "--open", "frontline-staff"},
                {"rounds", "invite", round, "--name", "Ada"},
                {"rounds", "invite", round, "--role", "board", "--messages", notAFolder.toString()},
                {"rounds", "progress"},
        };
        String[] says = {
                "--expect takes ROLE=N for each role, e.g. board=2,frontline-staff=5; 'board' is not ROLE=N",
                "--expect takes ROLE=N for each role, e.g. board=2,frontline-staff=5; 'board=two' is not ROLE=N",
                "'2027-01-31' is not a moment; write e.g. 2027-01-31T17:00:00Z (UTC) or 2027-06-30T17:00:00+01:00",
                "--expect names role 'board' twice",
                "Missing required option: '--expect=ROLE=N'",
                "say whom to invite: --file CSV, --role ROLE [--name NAME] [--email ADDRESS] (once per person),"
                        + " or --open ROLE=CAP",
                temp.resolve("missing.csv") + ": no such file",
                unknownColumn + ":1: unknown column 'role;name;email'; the columns are role, name, email separated"
                        + " by commas",
                unclosed + ":2: a quoted field is not closed",
                "--open takes ROLE=CAP, e.g. frontline-staff=20, not 'frontline-staff'",
                "Error: Missing required argument(s): --role=ROLE",
                "--messages " + notAFolder + ": cannot write there",
                "Missing required parameter: 'ROUND'",
        };
        for (int i = 0; i < wrong.length; i++) {
            Run run = lead(wrong[i]);
            assertThat(run.exitCode()).as(String.join(" ", wrong[i]) + "\n" + run.err()).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", wrong[i])).contains(says[i]).contains("Usage: assessor rounds");
            assertThat(run.out()).isEmpty();
        }
        assertThat(lead("rounds", "progress", round).out()).as("no invitation was sent")
                .containsPattern("\nall +2 +0 +0 +0\n");
        assertThat(lead("rounds", "list").out().lines().filter(l -> l.contains(" c "))).isEmpty();
    }

    @Test
    void messagesAreNeverWrittenOverAndJsonKeepsStandardOutputForTheServersAnswer() throws IOException {
        String round = create("messages", "board=2");
        Path messages = temp.resolve("messages");

        Run first = lead("rounds", "invite", round, "--role", "board", "--name", "Ada", "--messages",
                messages.toString());
        Run second = lead("rounds", "invite", round, "--role", "board", "--name", "Ada", "--messages",
                messages.toString(), "--json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        JsonNode answer = ApiJson.mapper().readTree(second.out());
        assertThat(answer.get("mail").asText()).isEqualTo("none");
        String link = answer.at("/links/0/link").asText();
        assertThat(second.err()).isEqualTo("wrote 1 message to " + messages + ":\n  1-invitation-board-ada-2.txt\n");
        assertThat(Files.readString(messages.resolve("1-invitation-board-ada.txt")))
                .contains(tokens(first.out()).get(0)).doesNotContain(link);
        assertThat(Files.readString(messages.resolve("1-invitation-board-ada-2.txt"))).contains(link);
    }

    @Test
    void whereTheServerSendsMailInviteSaysWhatWentByMailAndWhatIsLeftToCopyOrShare() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (Server server = Server.start(FixtureServer.config(temp.resolve("data")).withTokens(Tokens.write(temp))
                .withSmtp(SmtpConfig.parse("smtp://127.0.0.1:" + mail.getSmtp().getPort()
                        + "?from=assessor@example.org&starttls=false", null)))) {
            String url = server.uri().toString();
            String round = created(run("rounds", "create", "--site", "north", "--questionnaire", "demo", "--cycle",
                    "anonymous", "--closes", closes(), "--expect", "board=2,frontline-staff=10", "--anonymous",
                    "--min-group", "2", "--server", url, "--token", Tokens.NORTH));

            Run invited = run("rounds", "invite", round, "--role", "board", "--name", "Ada Lovelace", "--email",
                    "ada@north.example", "--role", "board", "--open", "frontline-staff=10", "--server", url,
                    "--token", Tokens.NORTH);

            assertThat(invited.exitCode()).as(invited.out() + invited.err()).isZero();
            assertThat(invited.out()).startsWith("made 3 links for round " + round + ":\n")
                    .containsPattern("board +Ada Lovelace <ada@north\\.example> +sent by mail +http://")
                    .containsPattern("board +\\(no name\\) +to copy +http://")
                    .containsPattern("frontline-staff +open link for up to 10 +share it +http://")
                    .contains("messages: 1 message sent by mail; 1 to copy to its invitee by hand; 1 open link to"
                            + " share with its group.")
                    .contains("1 has no e-mail address.").doesNotContain("sends no mail");
            assertThat(mail.waitForIncomingEmail(5_000, 1)).isTrue();
            MimeMessage received = mail.getReceivedMessages()[0];
            assertThat(received.getSubject()).isEqualTo("please answer the demo questionnaire for north");
            assertThat(tokens((String) received.getContent())).containsExactly(tokens(invited.out()).get(0));

            Run progress = run("rounds", "progress", round, "--server", url, "--token", Tokens.NORTH);
            assertThat(progress.out()).contains("open link for frontline-staff: 0 of 10 places taken");
        } finally {
            mail.stop();
        }
    }

    @Test
    void everyRoundsCommandHasHelp() {
        for (String command : new String[] {"create", "list", "invite", "progress", "remind", "rating", "close"}) {
            Run run = run("rounds", command, "--help");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Usage: assessor rounds " + command).contains("--server=URL")
                    .contains("--token=TOKEN").contains("--json").contains("Exit codes:");
        }
        Run group = run("rounds", "--help");
        assertThat(group.out()).contains("Usage: assessor rounds").contains("create").contains("invite")
                .contains("close");
        assertThat(run("--help").out()).contains("rounds");
    }

    @Test
    void theLeadReissuesRevokesAndReopensOneInvitationAndReadsTheOutbox() throws Exception {
        String round = create("invitation-changes", "board=2");
        Run invited = lead("rounds", "invite", round, "--role", "board", "--name", "Ann Ash", "--email",
                "ann@north.example", "--role", "board", "--name", "Bob Birch", "--json");
        assertThat(invited.exitCode()).as(invited.err()).isZero();
        JsonNode links = ApiJson.mapper().readTree(invited.out()).path("links");
        String ann = links.get(0).at("/invitation/id").asText();
        String annLink = links.get(0).path("token").asText();
        String bob = links.get(1).at("/invitation/id").asText();

        Run reissued = lead("rounds", "invitation", round, ann, "--reissue");
        assertThat(reissued.exitCode()).as(reissued.err()).isZero();
        assertThat(reissued.out()).contains("Ann Ash").contains("new link (shown only now");
        assertThat(SERVER.api().get("/api/respond/" + annLink).statusCode()).as("the old link stops").isEqualTo(404);

        Run revoked = lead("rounds", "invitation", round, bob, "--revoke");
        assertThat(revoked.out()).contains("Bob Birch").contains("revoked");
        Run reopen = lead("rounds", "invitation", round, bob, "--reopen");
        assertThat(reopen.exitCode()).isEqualTo(1);
        assertThat(reopen.out() + reopen.err()).contains("only a submitted response can be reopened");
        assertThat(lead("rounds", "invitation", round, bob).exitCode()).as("one change must be named").isEqualTo(2);

        Run outbox = lead("rounds", "outbox", round);
        assertThat(outbox.exitCode()).isZero();
        assertThat(outbox.out()).contains("2 messages; mail: none").contains("ann@north.example").contains("to copy")
                .doesNotContain(annLink);
    }
}
