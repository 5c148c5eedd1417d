package org.assessor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.assessor.app.RuleSetTexts;
import org.assessor.rules.RuleSetInvalid;
import org.assessor.rules.RuleSetSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code assessor rules upload DIR --server URL}: uploads a rule-set folder to a server as a draft. */
@Command(name = "upload", mixinStandardHelpOptions = true,
        description = "Upload a rule-set folder to a running server as a draft (POST /api/rulesets/{questionnaire})."
                + " The server compiles it, runs the static checks and its test cases, and keeps it only if"
                + " everything passes; otherwise each problem is printed with its file and line. Uploading the"
                + " same files again changes nothing; other files under an existing version are refused.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:uploaded, or already there with the same files",
                "1:refused (each problem is printed) or the server could not be reached", "2:wrong usage"},
        footer = {"", "Example:", "  ${sys:assessor.command:-java -jar api/target/assessor.jar} rules upload rules/organisational-change/1.1.0"
                + " --server http://127.0.0.1:8080"})
final class RulesUploadCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Parameters(paramLabel = "DIR", description = "The rule-set folder: manifest.json, rule files and tests/*.json.")
    private Path folder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println(folder + " is not a folder");
            return 2;
        }
        RuleSetSource source;
        try {
            source = RuleSetSource.fromFolder(folder);
        } catch (RuleSetInvalid e) {
            e.problems().forEach(p -> out.println(ProblemLines.of(folder, p.file(), p.line(), p.cell(), p.message())));
            return 1;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", source.manifest().version());
        body.put("files", RuleSetTexts.of(source));
        ServerClient.Reply reply;
        try {
            reply = server.client().post("api/rulesets/" + source.manifest().questionnaireId(), body);
        } catch (ServerClient.Unreachable e) {
            err.println(e.getMessage());
            return 1;
        }
        JsonNode answer = reply.body();
        if (reply.status() == 201) {
            out.println("uploaded " + source.id() + " as a draft (" + answer.path("hash").asText() + ")");
            return 0;
        }
        if (reply.status() == 200) {
            out.println(source.id() + " is already there with the same files (" + answer.path("status").asText()
                    + ", " + answer.path("hash").asText() + ")");
            return 0;
        }
        if (reply.status() == 422 && answer.path("type").asText().endsWith(":rule-set-invalid")) {
            answer.path("errors").forEach(p -> out.println(ProblemLines.of(folder, p.path("file").asText(),
                    p.path("line").asInt(), p.hasNonNull("cell") ? p.get("cell").asText() : null,
                    p.path("message").asText())));
            out.println(source.id() + " " + source.hash() + ": REFUSED (" + answer.path("errors").size()
                    + " problem" + (answer.path("errors").size() == 1 ? "" : "s") + ")");
            return 1;
        }
        ServerClient.printProblem(reply, err);
        return 1;
    }
}
