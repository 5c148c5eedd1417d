package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assessor.api.ApiJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it, over the engine's test fixture with the real Drools. */
class CliTest {
    static final Path FIXTURE = Path.of("../engine/src/test/resources/fixture");

    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String name, String json) throws IOException {
        return Files.writeString(temp.resolve(name), json.replace('\'', '"'));
    }

    @Test
    void evaluatePrintsTheExplainedResultAsJson() throws IOException {
        Path answers = file("a.json", "{'site': {'id': 'swl', 'name': 'South West London'},"
                + " 'answers': {'1.2.a.1': 'yes', '1.2.b.1': 'no', '2.1.a.1': 'no', '2.1.b.1': 'yes'}}");
        Run run = run("evaluate", "--questionnaire", "demo", "--questionnaires", FIXTURE + "/questionnaires",
                "--rules", FIXTURE + "/rules", answers.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = ApiJson.mapper().readTree(run.out());
        assertThat(result.at("/questionnaire/id").asText()).isEqualTo("demo");
        assertThat(result.at("/ruleSet/version").asText()).isEqualTo("1.0.0");
        assertThat(result.at("/ruleSet/hash").asText()).startsWith("sha256:");
        assertThat(result.at("/site/name").asText()).isEqualTo("South West London");
        assertThat(result.at("/sections/0/standards/1/id").asText()).isEqualTo("1.2");
        assertThat(result.at("/sections/0/standards/1/rating").asText()).isEqualTo("partly-met");
        assertThat(result.at("/sections/0/standards/1/criteria/0/reasons/0/rule").asText()).isEqualTo("1.2.a met");
        assertThat(result.at("/actions/0/id").asText()).isEqualTo("A2.1-1");
        assertThat(result.at("/overall/counts/not-rated").asInt()).isEqualTo(1);
    }

    @Test
    void evaluateListsEveryErrorOfAnInvalidSubmission() throws IOException {
        Path answers = file("bad.json", "{'site': {'id': 'swl'}, 'answers': {'1.2.a.1': 'perhaps', '7.7': 'yes'}}");
        Run run = run("evaluate", "--questionnaire", "demo", "--questionnaires", FIXTURE + "/questionnaires",
                "--rules", FIXTURE + "/rules", answers.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("/answers/1.2.a.1: expected \"yes\", \"partly\" or \"no\", not 'perhaps'",
                "/answers/7.7: unknown question");
    }

    @Test
    void evaluateRefusesAFileForAnotherQuestionnaire() throws IOException {
        Path answers = file("other.json", "{'questionnaireId': 'readiness', 'site': {'id': 'a'}, 'answers': {}}");
        Run run = run("evaluate", "--questionnaire", "demo", "--questionnaires", FIXTURE + "/questionnaires",
                "--rules", FIXTURE + "/rules", answers.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("answers questionnaire 'readiness', not 'demo'");
    }

    @Test
    void rulesTestRunsTheRuleSetsOwnTestCases() {
        Run run = run("rules", "test", "--questionnaires", FIXTURE + "/questionnaires", FIXTURE + "/rules/demo/1.0.0");
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("PASS tests/critical-cap.json", "PASS tests/strong-site.json",
                "demo/1.0.0 sha256:", "OK (0 problems, 2 of 2 test cases passed)");
    }

    /** What bin/assessor relies on: the system property is the default, the option still wins. */
    @Test
    void theQuestionnairesPropertyIsTheDefaultOfTheOption() {
        String missing = temp.resolve("no-questionnaires-here").toString();
        String before = System.setProperty(Main.QUESTIONNAIRES_PROPERTY, missing);
        try {
            Run fromProperty = run("rules", "test", FIXTURE + "/rules/demo/1.0.0");
            assertThat(fromProperty.exitCode()).isNotZero();
            assertThat(fromProperty.err()).contains(missing).as("one line, no stack trace")
                    .doesNotContain("\tat org.assessor").hasLineCount(1);

            Run fromOption = run("rules", "test", "--questionnaires", FIXTURE + "/questionnaires",
                    FIXTURE + "/rules/demo/1.0.0");
            assertThat(fromOption.exitCode()).as(fromOption.out() + fromOption.err()).isZero();
        } finally {
            if (before == null) {
                System.clearProperty(Main.QUESTIONNAIRES_PROPERTY);
            } else {
                System.setProperty(Main.QUESTIONNAIRES_PROPERTY, before);
            }
        }
    }

    @Test
    void rulesValidateReportsEachErrorWithFileAndLineAndExitsOne() throws IOException {
        Path copy = copyOfFixtureRuleSet();
        Path drl = copy.resolve("50-recommend.drl");
        Files.writeString(drl, Files.readString(drl).replace("rule \"1.1 partly-met: reduce competing initiatives\"\nwhen",
                "rule \"1.1 partly-met: reduce competing initiatives\"\nwhen when"));
        Run run = run("rules", "validate", "--questionnaires", FIXTURE + "/questionnaires", copy.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern(java.util.regex.Pattern.quote(drl.toString()) + ":16: .*mismatched input")
                .contains("FAILED");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {{"--help"}, {"evaluate", "--help"}, {"rules", "--help"},
                {"rules", "validate", "--help"}, {"rules", "test", "--help"}}) {
            Run run = run(command);
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Usage: assessor");
        }
    }

    private Path copyOfFixtureRuleSet() throws IOException {
        Path source = FIXTURE.resolve("rules/demo/1.0.0");
        Path target = temp.resolve("demo-1.0.0");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return target;
    }
}
