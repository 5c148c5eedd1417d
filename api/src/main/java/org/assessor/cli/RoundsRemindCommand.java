package org.assessor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code assessor rounds remind ROUND}: reminds those with an address who have not finished. */
@Command(name = "remind", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Remind every invitee of a round with an e-mail address who has not submitted (POST"
                + " /api/rounds/{id}/reminders). In a named round, and for anyone who has not yet opened their"
                + " link, the reminder carries a new link and the earlier one stops working; in an anonymous"
                + " round, those who have started are asked to use the link they have.",
                "Prints how many were reminded and, as 'rounds invite' does, each new link (shown only now) and"
                        + " whether its message went by mail or is to be copied (--messages DIR writes each to a"
                        + " text file)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:reminded (or nobody to remind)", "1:refused, the server could not be reached, or the"
                + " messages could not be written", "2:wrong usage"},
        footer = {"", "Example:", "  ${sys:assessor.command:-java -jar api/target/assessor.jar} rounds remind ROUND"
                + " --messages reminders/ --server http://127.0.0.1:8080"})
final class RoundsRemindCommand extends RoundCall {
    @Parameters(paramLabel = "ROUND", description = "The round's id.")
    private String round;

    @Option(names = "--messages", paramLabel = "DIR",
            description = "Write each reminder, with its link, to a text file in DIR (made if need be).")
    private Path messages;

    private ServerClient client;

    @Override
    void check() {
        IssuedLinks.prepare(spec.commandLine(), messages);
    }

    @Override
    ServerClient.Reply send(ServerClient client) throws ServerClient.Unreachable {
        this.client = client;
        return client.post(roundPath(round, "/reminders"), null);
    }

    @Override
    void print(JsonNode answer, PrintWriter out) {
        int n = answer.path("links").size();
        if (n == 0) {
            out.println("nobody to remind in round " + round + ": only invitees with an e-mail address who have not"
                    + " submitted are reminded ('rounds progress " + round + "' shows who has not finished)");
            return;
        }
        out.println("reminded " + n + (n == 1 ? " person" : " people") + " in round " + round + ":");
        IssuedLinks.print(answer, out, true, messages);
    }

    @Override
    int after(JsonNode answer, PrintWriter out) {
        return IssuedLinks.writeAndSay(answer, client, round, messages, "reminder", out, spec.commandLine().getErr());
    }
}
