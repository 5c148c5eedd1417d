package org.assessor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code assessor rules publish|retire QUESTIONNAIRE VERSION --server URL}: changes a version's status. */
abstract class RulesStatusCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Parameters(index = "0", paramLabel = "QUESTIONNAIRE", description = "The questionnaire id, e.g. organisational-change.")
    String questionnaire;

    @Parameters(index = "1", paramLabel = "VERSION", description = "The rule-set version, e.g. 1.1.0.")
    String version;

    /** {@code publish} or {@code retire}: the last segment of the request path. */
    abstract String action();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ServerClient.Reply reply;
        try {
            reply = server.client().post("api/rulesets/" + questionnaire + "/" + version + "/" + action(), null);
        } catch (ServerClient.Unreachable e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        if (!reply.ok()) {
            ServerClient.printProblem(reply, spec.commandLine().getErr());
            return 1;
        }
        JsonNode v = reply.body();
        out.println(v.path("questionnaireId").asText() + "/" + v.path("version").asText() + " is "
                + v.path("status").asText() + " (" + v.path("hash").asText() + ")");
        return 0;
    }

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = "Make a version the active one on a running server (POST .../publish). The version"
                    + " active until now is retired; stored assessments keep the version they were rated with."
                    + " Run 'rules impact' first to see what would change.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:published (or already active)", "1:refused or the server could not be reached",
                    "2:wrong usage"},
            footer = {"", "Example:", "  ${sys:assessor.command:-java -jar api/target/assessor.jar} rules publish organisational-change 1.1.0"
                    + " --server http://127.0.0.1:8080"})
    static final class Publish extends RulesStatusCommand {
        @Override
        String action() {
            return "publish";
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true,
            description = "Retire a draft or an earlier version on a running server (POST .../retire). It stays"
                    + " readable and available for re-evaluation. The active version cannot be retired: publish"
                    + " another one instead.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:retired (or already retired)", "1:refused or the server could not be reached",
                    "2:wrong usage"})
    static final class Retire extends RulesStatusCommand {
        @Override
        String action() {
            return "retire";
        }
    }
}
