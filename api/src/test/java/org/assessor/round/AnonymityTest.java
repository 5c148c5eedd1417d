package org.assessor.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;
import static org.assessor.testing.ApiClient.text;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assessor.server.Server;
import org.assessor.store.Database;
import org.assessor.testing.ApiClient;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.Rounds;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * An anonymous round, from invitation to report: no endpoint, export, log line, report or row
 * of the database joins an answer to an invitee; role groups smaller than the minimum are merged
 * in every output; the links themselves are nowhere but with the respondents.
 */
class AnonymityTest {
    private static final List<String> PEOPLE = List.of(
            "frontline-staff:Fiona Quill", "frontline-staff:Fergus Lamb", "frontline-staff:Freya Stone",
            "frontline-staff:Finn Carr", "board:Bella Boardman", "partner:Pat Partridge",
            "senior-manager:Sam Oakes", "senior-manager:Sara Vale", "senior-manager:Saul Reed");
    @TempDir
    Path temp;

    @Test
    void noOutputLinksAnAnonymousAnswerToAnInviteeAndSmallGroupsAreMerged() throws Exception {
        Logger access = (Logger) LoggerFactory.getLogger("assessor.access");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Level level = access.getLevel();
        access.setLevel(Level.INFO);
        logged.start();
        access.addAppender(logged);
        List<String> tokens = new ArrayList<>();
        Path data = temp.resolve("data");
        List<String> outputs = new ArrayList<>();
        try (Server server = Server.start(FixtureServer.config(data).withTokens(Tokens.write(temp)))) {
            SecuredApi api = new SecuredApi(new ApiClient(server.uri()));
            Rounds rounds = new Rounds(api);
            String round = rounds.create(Tokens.NORTH, Rounds.roundBody("north", "baseline", true,
                    "{\"frontline-staff\": 4, \"board\": 1, \"partner\": 1, \"senior-manager\": 3}"));
            StringBuilder invitees = new StringBuilder("[");
            for (String person : PEOPLE) {
                String[] p = person.split(":");
                invitees.append(invitees.length() > 1 ? "," : "").append("{\"role\": \"").append(p[0])
                        .append("\", \"name\": \"").append(p[1]).append("\", \"email\": \"")
                        .append(p[1].toLowerCase().replace(' ', '.')).append("@north.example\"}");
            }
            rounds.invite(Tokens.NORTH, round, invitees.append("]").toString())
                    .forEach(l -> tokens.add(l.get("token").asText()));

            for (int i = 0; i < 2; i++) {
                answerAll(rounds, tokens.get(i), i);
            }
            HttpResponse<byte[]> tooFew = api.post(Tokens.NORTH, "/api/rounds/" + round + "/close", null);
            assertThat(tooFew.statusCode()).isEqualTo(409);
            assertThat(text(tooFew)).contains("too-few-responses").contains("rated from 3");
            for (int i = 2; i < tokens.size(); i++) {
                answerAll(rounds, tokens.get(i), i);
            }

            JsonNode provisional = json(api.get(Tokens.NORTH, "/api/rounds/" + round + "/rating"));
            HttpResponse<byte[]> closed = api.post(Tokens.NORTH, "/api/rounds/" + round + "/close", null);
            assertThat(closed.statusCode()).as(text(closed)).isEqualTo(201);
            String assessment = json(closed).get("assessmentId").asText();
            JsonNode stored = json(api.get(Tokens.NORTH, "/api/assessments/" + assessment));

            assertThat(stored.get("respondents")).hasSize(9).allSatisfy(r -> {
                assertThat(r.get("id").asText()).matches("respondent-[1-9]");
                assertThat(r.get("role").asText()).as("board (1), partner (1) and then senior-manager (3) merged")
                        .isIn("frontline-staff", "other");
            });
            assertThat(stored.get("respondents")).filteredOn(r -> r.get("role").asText().equals("other")).hasSize(5);

            outputs.add(json(closed).get("result").toString());
            outputs.add(provisional.toString());
            outputs.add(stored.toString());
            outputs.add(text(api.get(Tokens.NORTH, "/api/assessments/" + assessment + "/results")));
            outputs.add(text(api.client().send(api.client().request("/api/comparisons?questionnaire=demo&site=north")
                    .header("Authorization", "Bearer " + Tokens.NORTH).header("Accept", "text/csv").GET())));
            outputs.add(pdfText(api.get(Tokens.NORTH, "/api/assessments/" + assessment + "/report.pdf").body()));
            outputs.add(pdfText(api.get(Tokens.NORTH, "/api/comparisons/report.pdf?questionnaire=demo&site=north")
                    .body()));
            String progress = text(api.get(Tokens.NORTH, "/api/rounds/" + round + "/progress"));
            String outbox = text(api.get(Tokens.NORTH, "/api/rounds/" + round + "/outbox"));
            assertThat(json(api.get(Tokens.NORTH, "/api/rounds/" + round + "/outbox")).get("messages")).hasSize(9);
            for (String output : outputs) {
                for (String person : PEOPLE) {
                    String name = person.split(":")[1];
                    assertThat(output).doesNotContain(name).doesNotContain(name.toLowerCase().replace(' ', '.'));
                }
                assertThat(output).doesNotContain("\"board\"").doesNotContain("senior-manager");
            }
            for (String token : tokens) {
                assertThat(progress).doesNotContain(token);
                assertThat(outbox).doesNotContain(token);
            }
        } finally {
            access.detachAppender(logged);
            access.setLevel(level);
        }
        for (ILoggingEvent line : logged.list) {
            for (String token : tokens) {
                assertThat(line.getFormattedMessage()).doesNotContain(token);
            }
        }
        assertThat(logged.list).anySatisfy(l -> assertThat(l.getFormattedMessage()).contains("api/respond/{link}"));

        try (Database database = Database.embedded(data);
             Connection connection = database.dataSource().getConnection();
             Statement sql = connection.createStatement()) {
            try (ResultSet rows = sql.executeQuery("SELECT invitation_id, updated_at FROM response")) {
                int n = 0;
                while (rows.next()) {
                    n++;
                    assertThat(rows.getString(1)).as("no response row names its invitation").isNull();
                    assertThat(rows.getObject(2)).as("nor when it was saved").isNull();
                }
                assertThat(n).isEqualTo(9);
            }
            StringBuilder everything = new StringBuilder();
            for (String table : List.of("round", "invitation", "response", "outbox", "assessment")) {
                try (ResultSet rows = sql.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            everything.append(rows.getString(c)).append('\n');
                        }
                    }
                }
            }
            for (String token : tokens) {
                assertThat(everything).as("links are stored hashed only").doesNotContain(token);
            }
        }
    }

    private static void answerAll(Rounds rounds, String token, int i) {
        String level = i % 3 == 0 ? "no" : "yes";
        rounds.saved(token, Rounds.FIRST_PART.formatted(level, "partly"));
        rounds.saved(token, Rounds.SECOND_PART.formatted(level, "yes"));
        assertThat(rounds.submit(token).statusCode()).isEqualTo(200);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
