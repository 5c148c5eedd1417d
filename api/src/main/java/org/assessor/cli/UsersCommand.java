package org.assessor.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.assessor.access.Role;
import org.assessor.server.Assessor;
import org.assessor.store.Database;
import org.assessor.store.JdbcAccounts;
import org.assessor.web.Accounts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assessor users add}: creates (or resets) an account for the web pages, straight in the
 * database, so that the first administrator exists before anyone can sign in. The password comes
 * from {@code $ASSESSOR_PASSWORD}, the console (asked twice), or standard input; never an option.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Accounts for the web pages: people sign in at /sign-in with these.",
        subcommands = {UsersCommand.Add.class})
public final class UsersCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: add");
    }

    /** {@code users add}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Create an account, or reset its name, role, site and password (and unlock it).",
                    "The password is read from $ASSESSOR_PASSWORD, else asked for at the console, else read from"
                            + " the first line of standard input. At least " + Accounts.MIN_PASSWORD + " characters.",
                    "Run it against the database the server uses (--data or --db); a running server sees the"
                            + " account at once."},
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:the account was saved", "1:the database could not be used", "2:wrong usage"},
            footer = {"", "Example (the first administrator):",
                    "  ASSESSOR_PASSWORD='...' assessor users add --username ops@example.org --name 'Ops team'"
                            + " --role admin --data ./data"})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--username", required = true, paramLabel = "EMAIL", description = "The e-mail address they sign in with.")
        String username;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The name shown when they are signed in.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "One of: site, peer-reviewer, commissioner, auditor, admin (what a token of that role may do).")
        String role;

        @Option(names = "--site", paramLabel = "ID", description = "For --role site: the site they lead.")
        String site;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            Role parsed = Role.fromCode(role).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "--role must be one of: " + Role.codes()));
            char[] password = password();
            try (Database opened = database.open(spec.commandLine())) {
                new Accounts(new JdbcAccounts(opened.dataSource()), Clock.systemUTC(),
                        Assessor.DEFAULT_SESSION_TIMEOUT).put(username, name, parsed, site, password);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            } catch (org.assessor.AssessorException e) {
                spec.commandLine().getErr().println("assessor users add: " + e.getMessage());
                return 1;
            }
            spec.commandLine().getOut().println("saved account " + username.toLowerCase(java.util.Locale.ROOT) + " ("
                    + parsed.code() + (site == null ? "" : " of site " + site) + "); they sign in at /sign-in");
            return 0;
        }

        private char[] password() {
            String fromEnvironment = System.getenv("ASSESSOR_PASSWORD");
            if (fromEnvironment != null) {
                return fromEnvironment.toCharArray();
            }
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password for %s: ", username);
                char[] again = console.readPassword("The same again: ");
                if (first == null || !java.util.Arrays.equals(first, again)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "the two passwords differ");
                }
                return first;
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "no password: set $ASSESSOR_PASSWORD"
                            + " or give it on standard input");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read the password: " + e.getMessage());
            }
        }
    }
}
