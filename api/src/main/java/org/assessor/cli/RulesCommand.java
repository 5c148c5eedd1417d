package org.assessor.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.assessor.app.Engine;
import org.assessor.app.EngineConfig;
import org.assessor.rules.RuleProblem;
import org.assessor.rules.RuleSetInvalid;
import org.assessor.rules.RuleSetSource;
import org.assessor.verification.TestCaseResult;
import org.assessor.verification.Verification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code assessor rules ...}: the auditor's checks of a rule-set folder ({@code validate},
 * {@code test}) and its lifecycle on a server ({@code upload}, {@code list}, {@code impact},
 * {@code publish}, {@code retire}).
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Check a rule-set folder (manifest.json, .drl, .drl.csv, .drl.xlsx and tests/*.json), and take"
                + " it through its lifecycle on a server: upload as a draft, see its impact, publish, retire."
                + " See docs/rule-set-lifecycle.md.",
        subcommands = {RulesCommand.Validate.class, RulesCommand.Test.class, RulesUploadCommand.class,
                RulesListCommand.class, RulesImpactCommand.class, RulesStatusCommand.Publish.class,
                RulesStatusCommand.Retire.class})
final class RulesCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Shared by both subcommands. */
    abstract static class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--questionnaires", paramLabel = "DIR",
                description = "Read questionnaires from DIR instead of the bundled ones.")
        Path questionnaires;

        @Parameters(paramLabel = "DIR", description = "The rule-set folder, e.g. rules/organisational-change/1.0.0")
        Path folder;

        abstract boolean runTests();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (!Files.isDirectory(folder)) {
                spec.commandLine().getErr().println(folder + " is not a folder");
                return 2;
            }
            RuleSetSource source;
            try {
                source = RuleSetSource.fromFolder(folder);
            } catch (RuleSetInvalid e) {
                e.problems().forEach(p -> out.println(folder.resolve(p.file()) + location(p) + ": " + p.message()));
                return 1;
            }
            Engine engine = Engine.forAuditing(EngineConfig.defaults().withQuestionnaires(questionnaires));
            Verification v = engine.verifier().verify(source, runTests());
            for (RuleProblem p : v.problems()) {
                out.println(folder.resolve(p.file()) + location(p) + ": " + p.message());
            }
            for (TestCaseResult t : v.tests()) {
                out.println((t.passed() ? "PASS " : "FAIL ") + t.file() + (t.description().isEmpty() ? ""
                        : " - " + t.description()));
                t.failures().forEach(f -> out.println("     " + f));
            }
            long failed = v.tests().stream().filter(t -> !t.passed()).count();
            out.println(source.id() + " " + source.hash() + ": " + (v.passed() ? "OK" : "FAILED") + " ("
                    + v.problems().size() + " problem" + (v.problems().size() == 1 ? "" : "s")
                    + (runTests() ? ", " + (v.tests().size() - failed) + " of " + v.tests().size()
                    + " test cases passed" : "") + ")");
            return v.passed() ? 0 : 1;
        }

        private static String location(RuleProblem p) {
            return (p.line() > 0 ? ":" + p.line() : "") + (p.cell() != null ? " (cell " + p.cell() + ")" : "");
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Compile the rule set and run the static checks: every compile error with its file and"
                    + " line, ids the questionnaire lacks, and gaps (questions no rule classifies, criteria no rule"
                    + " rates, standards without actions). Exit code 1 if anything is wrong.")
    static final class Validate extends Check {
        @Override
        boolean runTests() {
            return false;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Validate the rule set, then run its own test cases (tests/*.json: given answers or"
                    + " ratings, the expected ratings and actions). Exit code 1 if anything fails.")
    static final class Test extends Check {
        @Override
        boolean runTests() {
            return true;
        }
    }
}
