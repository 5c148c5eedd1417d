package org.assessor.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar assessor.jar}: the command line of Assessor. Each command is its own class;
 * {@code --help} works on every one of them.
 */
@Command(name = "assessor", mixinStandardHelpOptions = true, version = "Assessor 0.1.0",
        description = "Rate a site's answers to a standards questionnaire with versioned Drools rule sets.",
        subcommands = {ServeCommand.class, EvaluateCommand.class, RulesCommand.class, CompareCommand.class},
        footer = {"", "Examples:",
                "  java -jar api/target/assessor.jar evaluate --questionnaire organisational-change "
                        + "examples/organisational-change-self.json",
                "  java -jar api/target/assessor.jar rules test rules/organisational-change/1.0.0",
                "  java -jar api/target/assessor.jar serve --port 8080 --data ./data"})
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on the console and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output and error writers; returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).setOut(out).setErr(err)
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
