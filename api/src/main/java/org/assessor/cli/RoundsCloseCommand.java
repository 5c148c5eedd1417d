package org.assessor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code assessor rounds close ROUND}: rates every submitted response together and stores the assessment. */
@Command(name = "close", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Close a round on a running server (POST /api/rounds/{id}/close): every submitted response"
                + " is rated together and stored as an ordinary assessment, and the round takes no more answers."
                + " Prints the assessment's id and its overall rating. A round with nothing submitted cannot be"
                + " closed.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:closed", "1:refused (closed already, nothing submitted, no such round) or the server"
                + " could not be reached", "2:wrong usage"},
        footer = {"", "Example:", "  ${sys:assessor.command:-java -jar api/target/assessor.jar} rounds close ROUND"
                + " --server http://127.0.0.1:8080"})
final class RoundsCloseCommand extends RoundCall {
    @Parameters(paramLabel = "ROUND", description = "The round's id.")
    private String round;

    @Override
    ServerClient.Reply send(ServerClient client) throws ServerClient.Unreachable {
        return client.post(roundPath(round, "/close"), null);
    }

    @Override
    void print(JsonNode closed, PrintWriter out) {
        out.println("closed round " + closed.at("/round/id").asText() + ": "
                + count(closed.path("responses").asInt(), "submitted response") + " rated together");
        out.println("stored as assessment " + closed.path("assessmentId").asText());
        RoundsRatingCommand.standards(closed.path("result"), out, "overall rating");
    }
}
