package org.assessor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.assessor.AssessorException;
import org.assessor.MalformedJson;
import org.assessor.StrictJson;
import org.assessor.api.ApiJson;
import org.assessor.api.ResultView;
import org.assessor.app.Engine;
import org.assessor.app.EngineConfig;
import org.assessor.assessment.SubmissionInvalid;
import org.assessor.report.AssessmentReport;
import org.assessor.result.AssessmentResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code assessor evaluate}: rates one answers file and prints the explained result as JSON. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a submission (answers, several respondents, or peer ratings) and print the result"
                + " as JSON: every criterion, standard and section rated, with reasons and actions.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:evaluated", "1:the submission is invalid (each error is printed with its field)",
                "2:wrong usage"})
final class EvaluateCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--questionnaire", paramLabel = "ID", required = true,
            description = "The questionnaire answered, e.g. organisational-change or readiness-for-change.")
    private String questionnaire;

    @Option(names = "--rule-set-version", paramLabel = "VERSION",
            description = "Evaluate under this rule-set version instead of the active (latest) one.")
    private String ruleSetVersion;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Read rule sets from DIR (laid out as <questionnaire>/<version>/) instead of the bundled ones.")
    private Path rules;

    @Option(names = "--questionnaires", paramLabel = "DIR",
            description = "Read questionnaires from DIR (laid out as <id>/<version>.json) instead of the bundled ones.")
    private Path questionnaires;

    @Option(names = "--compact", description = "Print the JSON on one line.")
    private boolean compact;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "Also write the result as a PDF report to OUT.pdf.")
    private Path pdf;

    @Parameters(paramLabel = "ANSWERS.json", description = "The submission: see examples/ for each questionnaire.")
    private Path answers;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonNode document;
        try {
            document = StrictJson.read(Files.readAllBytes(answers));
        } catch (MalformedJson e) {
            err.println(answers + ": " + e.getMessage());
            return 1;
        }
        if (document instanceof ObjectNode object) {
            if (object.hasNonNull("questionnaireId") && !object.get("questionnaireId").asText().equals(questionnaire)) {
                err.println(answers + ": the file answers questionnaire '" + object.get("questionnaireId").asText()
                        + "', not '" + questionnaire + "'");
                return 1;
            }
            object.put("questionnaireId", questionnaire);
            if (ruleSetVersion != null) {
                object.put("ruleSetVersion", ruleSetVersion);
            }
        }
        Engine engine = Engine.start(EngineConfig.defaults().withQuestionnaires(questionnaires).withRuleSets(rules)
                .onlyFor(questionnaire));
        try {
            AssessmentResult result = engine.evaluator().evaluate(engine.reader().read(document));
            var writer = compact ? ApiJson.mapper().writer() : ApiJson.mapper().writerWithDefaultPrettyPrinter();
            out.println(writer.writeValueAsString(ResultView.of(result)));
            if (pdf != null) {
                try (OutputStream file = Files.newOutputStream(pdf)) {
                    AssessmentReport.write(result, file);
                }
                err.println("wrote " + pdf);
            }
            return 0;
        } catch (SubmissionInvalid e) {
            err.println(answers + " is not a valid submission:");
            e.errors().forEach(x -> err.println("  " + (x.pointer().isEmpty() ? "/" : x.pointer()) + ": " + x.message()));
            return 1;
        } catch (AssessorException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
