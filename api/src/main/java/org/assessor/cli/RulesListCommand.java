package org.assessor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code assessor rules list --server URL}: every rule-set version a server knows, with its status. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List every rule-set version on a running server (GET /api/rulesets): questionnaire, version,"
                + " status (draft, active, retired), origin (bundled or uploaded) and content hash.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "1:the server could not be reached or refused", "2:wrong usage"})
final class RulesListCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ServerClient.Reply reply;
        try {
            reply = server.client().get("api/rulesets");
        } catch (ServerClient.Unreachable e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        if (!reply.ok()) {
            ServerClient.printProblem(reply, spec.commandLine().getErr());
            return 1;
        }
        out.printf("%-24s %-10s %-8s %-9s %s%n", "QUESTIONNAIRE", "VERSION", "STATUS", "ORIGIN", "HASH");
        for (JsonNode v : reply.body()) {
            out.printf("%-24s %-10s %-8s %-9s %s%n", v.path("questionnaireId").asText(), v.path("version").asText(),
                    v.path("status").asText(), v.path("origin").asText(), v.path("hash").asText());
        }
        return 0;
    }
}
