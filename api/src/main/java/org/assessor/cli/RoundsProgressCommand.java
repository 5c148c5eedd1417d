package org.assessor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code assessor rounds progress ROUND}: responses by role against those expected, and who has not finished. */
@Command(name = "progress", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show how far a round has come on a running server (GET /api/rounds/{id}/progress): per"
                + " role, how many were expected, invited, have started and have submitted; how much of each open"
                + " link is used; and the invitees who have not finished (names only, never answers).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shown", "1:refused (e.g. no such round) or the server could not be reached",
                "2:wrong usage"})
final class RoundsProgressCommand extends RoundCall {
    @Parameters(paramLabel = "ROUND", description = "The round's id.")
    private String round;

    @Override
    ServerClient.Reply send(ServerClient client) throws ServerClient.Unreachable {
        return client.get(roundPath(round, "/progress"));
    }

    @Override
    void print(JsonNode progress, PrintWriter out) {
        JsonNode r = progress.path("round");
        out.println("round " + r.path("id").asText() + " (" + r.path("status").asText() + ", closes "
                + moment(r.path("closesAt")) + "): " + r.at("/site/id").asText() + ", "
                + r.at("/questionnaire/id").asText() + ", " + r.path("cycle").asText());
        TextTable table = new TextTable("", false, true, true, true, true)
                .row("ROLE", "EXPECTED", "INVITED", "STARTED", "SUBMITTED");
        for (JsonNode role : progress.path("roles")) {
            row(table, role);
        }
        row(table, progress.path("total"));
        table.print(out);
        for (JsonNode o : progress.path("openLinks")) {
            out.println("open link for " + o.path("role").asText() + ": " + o.path("opened").asInt() + " of "
                    + o.path("cap").asInt() + " places taken");
        }
        JsonNode notFinished = progress.path("notFinished");
        if (notFinished.isEmpty()) {
            out.println("not finished: nobody");
            return;
        }
        out.println("not finished: " + notFinished.size());
        TextTable people = new TextTable("  ");
        for (JsonNode i : notFinished) {
            String status = i.path("status").asText();
            people.row(who(i), i.path("role").asText(), "invited".equals(status) ? "not opened yet" : status);
        }
        people.print(out);
    }

    private static void row(TextTable table, JsonNode role) {
        table.row(role.path("role").asText(), role.path("expected").asInt(), role.path("invited").asInt(),
                role.path("started").asInt(), role.path("submitted").asInt());
    }
}
