package org.assessor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code assessor rounds invitation ROUND INVITATION --revoke|--reissue|--reopen}: the lead's
 * changes to one invitation (the ids are in {@code rounds progress --json}).
 */
@Command(name = "invitation", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Change one invitation of a round on a running server: withdraw its link (--revoke), give it"
                + " a new link in place of the old one (--reissue; the new link is shown only now), or let its"
                + " respondent change and submit again (--reopen).",
                "Invitation ids are listed by 'rounds progress ROUND --json' (notFinished[].id) and by"
                        + " 'rounds invite --json'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:refused (e.g. revoking a submitted response) or the server could not be reached",
                "2:wrong usage"},
        footer = {"", "Example:", "  ${sys:assessor.command:-java -jar api/target/assessor.jar} rounds invitation ROUND"
                + " INVITATION --reissue --server http://127.0.0.1:8080"})
final class RoundsInvitationCommand extends RoundCall {
    @Parameters(index = "0", paramLabel = "ROUND", description = "The round's id.")
    private String round;

    @Parameters(index = "1", paramLabel = "INVITATION", description = "The invitation's id.")
    private String invitation;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Change change;

    /** Exactly one of the changes. */
    static final class Change {
        @Option(names = "--revoke", required = true, description = "Withdraw the link (not for a submitted response).")
        boolean revoke;

        @Option(names = "--reissue", required = true, description = "A new link; the old one stops working.")
        boolean reissue;

        @Option(names = "--reopen", required = true, description = "Let a submitted response be changed again.")
        boolean reopen;

        String action() {
            return revoke ? "revoke" : reissue ? "reissue" : "reopen";
        }
    }

    @Override
    ServerClient.Reply send(ServerClient client) throws ServerClient.Unreachable {
        return client.post(roundPath(round, "/invitations/" + invitation + "/" + change.action()), null);
    }

    @Override
    void print(JsonNode answer, PrintWriter out) {
        JsonNode invitation = answer.has("invitation") ? answer.path("invitation") : answer;
        out.println(who(invitation) + " (" + invitation.path("role").asText() + "): " + invitation.path("status").asText());
        if (answer.hasNonNull("link")) {
            out.println("new link (shown only now; the old one no longer works): " + answer.path("link").asText());
            out.println(answer.path("sent").asBoolean() ? "sent by mail" : "send it to them yourself");
        }
    }
}
