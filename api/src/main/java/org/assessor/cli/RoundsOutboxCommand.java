package org.assessor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code assessor rounds outbox ROUND}: the messages to a round's respondents, links left out, sent or not. */
@Command(name = "outbox", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List a round's messages to respondents on a running server (GET /api/rounds/{id}/outbox):"
                + " invitations and reminders, each with its recipient, when it was written, and whether it was"
                + " sent by mail or why not. Links are never kept, so they are not shown.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "1:refused or the server could not be reached", "2:wrong usage"},
        footer = {"", "Example:", "  ${sys:assessor.command:-java -jar api/target/assessor.jar} rounds outbox ROUND"
                + " --server http://127.0.0.1:8080"})
final class RoundsOutboxCommand extends RoundCall {
    @Parameters(paramLabel = "ROUND", description = "The round's id.")
    private String round;

    @Override
    ServerClient.Reply send(ServerClient client) throws ServerClient.Unreachable {
        return client.get(roundPath(round, "/outbox"));
    }

    @Override
    void print(JsonNode outbox, PrintWriter out) {
        JsonNode messages = outbox.path("messages");
        out.println(count(messages.size(), "message") + "; mail: " + outbox.path("mail").asText());
        TextTable table = new TextTable("  ");
        for (JsonNode m : messages) {
            table.row(m.path("kind").asText(), m.path("recipient").asText(), m.path("createdAt").asText(),
                    m.hasNonNull("sentAt") ? "sent " + m.path("sentAt").asText()
                            : m.hasNonNull("failure") ? "not sent: " + m.path("failure").asText() : "to copy");
        }
        table.print(out);
    }
}
