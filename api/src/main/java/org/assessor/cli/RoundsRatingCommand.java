package org.assessor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code assessor rounds rating ROUND}: the round so far, rated; provisional, never stored. */
@Command(name = "rating", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Rate a round's submitted responses so far on a running server (GET /api/rounds/{id}/rating):"
                + " the overall rating and each standard's. The rating is PROVISIONAL: nothing is stored, and it"
                + " changes as more people submit; 'rounds close' stores the assessment.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:rated", "1:refused (e.g. nothing submitted yet) or the server could not be reached",
                "2:wrong usage"})
final class RoundsRatingCommand extends RoundCall {
    @Parameters(paramLabel = "ROUND", description = "The round's id.")
    private String round;

    @Override
    ServerClient.Reply send(ServerClient client) throws ServerClient.Unreachable {
        return client.get(roundPath(round, "/rating"));
    }

    @Override
    void print(JsonNode answer, PrintWriter out) {
        JsonNode result = answer.path("result");
        out.println("PROVISIONAL rating of round " + answer.path("roundId").asText() + ", from "
                + count(answer.path("responses").asInt(), "submitted response") + " (not stored; it may change"
                + " until the round is closed)");
        standards(result, out, "PROVISIONAL overall");
    }

    /** The overall rating, labelled {@code label}, then each section's standards with their ratings. */
    static void standards(JsonNode result, PrintWriter out, String label) {
        out.println(label + ": " + result.at("/overall/rating").asText());
        TextTable table = new TextTable("  ");
        for (JsonNode section : result.path("sections")) {
            table.row(section.path("id").asText(), section.path("rating").asText(), section.path("title").asText());
            for (JsonNode s : section.path("standards")) {
                table.row("  " + s.path("id").asText(), s.path("rating").asText(), "  " + s.path("title").asText());
            }
        }
        table.print(out);
    }
}
