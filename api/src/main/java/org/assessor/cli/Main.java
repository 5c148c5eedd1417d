package org.assessor.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.assessor.AssessorException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar assessor.jar}: the command line of Assessor. Each command is its own class;
 * {@code --help} works on every one of them.
 *
 * <p>The system properties {@value #QUESTIONNAIRES_PROPERTY} and {@value #RULES_PROPERTY}, when
 * set, are the default of every command's {@code --questionnaires} and {@code --rules} options
 * (an option given on the command line still wins). The distribution's {@code bin/assessor}
 * sets them to its own {@code questionnaires/} and {@code rules/} folders, so that what it
 * serves and evaluates is what its folders hold; without them the jar's bundled copies are used.
 * The examples in every command's help start with the system property {@code assessor.command}
 * ({@code assessor} from the distribution), else with {@code java -jar api/target/assessor.jar}.
 */
@Command(name = "assessor", mixinStandardHelpOptions = true, version = "Assessor 0.1.0",
        description = "Rate a site's answers to a standards questionnaire with versioned Drools rule sets.",
        subcommands = {ServeCommand.class, EvaluateCommand.class, RulesCommand.class, RoundsCommand.class, UsersCommand.class,
                CompareCommand.class},
        footer = {"", "Examples:",
                "  ${sys:assessor.command:-java -jar api/target/assessor.jar} evaluate --questionnaire organisational-change "
                        + "examples/organisational-change-self.json",
                "  ${sys:assessor.command:-java -jar api/target/assessor.jar} rules test rules/organisational-change/1.0.0",
                "  ${sys:assessor.command:-java -jar api/target/assessor.jar} serve --port 8080 --data ./data"})
public final class Main implements Runnable {
    /** The system property that, when set, is the default of {@code --questionnaires}. */
    public static final String QUESTIONNAIRES_PROPERTY = "assessor.questionnaires";
    /** The system property that, when set, is the default of {@code --rules}. */
    public static final String RULES_PROPERTY = "assessor.rules";

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
                .setDefaultValueProvider(Main::dataFolderDefault).setExecutionExceptionHandler(Main::failed)
                .execute(args);
    }

    /**
     * A command that failed for a reason the user can act on (a folder that cannot be read, a
     * rule set or submission that is not valid, a refused argument) says so in one line and exits
     * with 1; anything else is a defect and keeps its stack trace.
     */
    private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof AssessorException || e instanceof UncheckedIOException
                || e instanceof IllegalArgumentException) {
            String cause = e.getCause() == null || e.getCause().getMessage() == null ? ""
                    : " (" + e.getCause().getMessage() + ")";
            command.getErr().println(command.getCommandName() + ": " + e.getMessage() + cause);
            return 1;
        }
        throw e;
    }

    /** The default of {@code --questionnaires} and {@code --rules} from the system properties, else none. */
    private static String dataFolderDefault(CommandLine.Model.ArgSpec arg) {
        if (arg instanceof CommandLine.Model.OptionSpec option) {
            switch (option.longestName()) {
                case "--questionnaires":
                    return System.getProperty(QUESTIONNAIRES_PROPERTY);
                case "--rules":
                    return System.getProperty(RULES_PROPERTY);
                default:
                    return null;
            }
        }
        return null;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
