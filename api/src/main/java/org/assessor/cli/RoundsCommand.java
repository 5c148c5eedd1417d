package org.assessor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code assessor rounds ...}: a site lead's collection rounds on a running server: create one,
 * list them, invite respondents, watch progress, remind, see the provisional rating, close it
 * into an assessment.
 */
@Command(name = "rounds", mixinStandardHelpOptions = true,
        description = "Run a collection round on a running server, in which each respondent answers through a"
                + " link of their own: create it, invite people, watch progress, remind those not finished, see"
                + " the provisional rating, and close it into a stored assessment. Every subcommand takes --server"
                + " URL and --token TOKEN (default: $ASSESSOR_TOKEN), and --json to print the server's JSON.",
        subcommands = {RoundsCreateCommand.class, RoundsListCommand.class, RoundsInviteCommand.class,
                RoundsProgressCommand.class, RoundsRemindCommand.class, RoundsRatingCommand.class,
                RoundsCloseCommand.class, RoundsInvitationCommand.class, RoundsOutboxCommand.class},
        footer = {"", "Example:",
                "  export ASSESSOR_TOKEN=...   # the site's token",
                "  ${sys:assessor.command:-java -jar api/target/assessor.jar} rounds create --site north-vale"
                        + " --questionnaire organisational-change --cycle baseline --closes 2027-01-31T17:00:00Z"
                        + " --expect board=2,frontline-staff=5 --server http://127.0.0.1:8080",
                "  ${sys:assessor.command:-java -jar api/target/assessor.jar} rounds invite ROUND --file invitees.csv"
                        + " --messages messages/ --server http://127.0.0.1:8080",
                "  ${sys:assessor.command:-java -jar api/target/assessor.jar} rounds progress ROUND --server"
                        + " http://127.0.0.1:8080"})
final class RoundsCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
