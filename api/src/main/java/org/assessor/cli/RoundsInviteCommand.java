package org.assessor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code assessor rounds invite ROUND ...}: makes respondents' links and their messages. */
@Command(name = "invite", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Make a link for each invitee of a round on a running server (POST"
                + " /api/rounds/{id}/invitations), and print each with its role and name. Links are shown only"
                + " now: the server keeps no copy.",
                "Where the server sends mail (serve --smtp), each invitee with an e-mail address gets the message;"
                        + " otherwise copy the messages yourself: --messages DIR writes each to a text file with its"
                        + " To: and Subject: lines.",
                "Invitees come from --file (CSV with the header role,name,email; name and e-mail may be left"
                        + " empty), from --role/--name/--email (repeat for each person), or both. In an anonymous"
                        + " round, --open ROLE=CAP makes one link for a whole group: each person who opens it gets"
                        + " a link of their own, up to CAP people."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:links made", "1:refused (each invitee at fault is printed, with its line of the file),"
                + " the server could not be reached, or the messages could not be written",
                "2:wrong usage, or a file of invitees that cannot be read"},
        footer = {"", "Examples:",
                "  ${sys:assessor.command:-java -jar api/target/assessor.jar} rounds invite ROUND --file invitees.csv"
                        + " --messages messages/ --server http://127.0.0.1:8080",
                "  ${sys:assessor.command:-java -jar api/target/assessor.jar} rounds invite ROUND --role board --name"
                        + " 'Ada Lovelace' --email ada@example.org --role partner --name 'Ben Okri' --server"
                        + " http://127.0.0.1:8080",
                "", "invitees.csv:", "  role,name,email", "  board,Ada Lovelace,ada@example.org",
                "  frontline-staff,\"Okri, Ben\",", "  frontline-staff,,"})
final class RoundsInviteCommand extends RoundCall {
    private static final Pattern OPEN = Pattern.compile("([^=]+)=(\\d{1,9})");
    private static final Pattern INVITATION = Pattern.compile("/invitations/(\\d+)(/.*)?");

    @Parameters(paramLabel = "ROUND", description = "The round's id, as 'rounds create' and 'rounds list' print it.")
    private String round;

    @Option(names = "--file", paramLabel = "CSV", description = "Invite the people of this CSV file (header:"
            + " role,name,email).")
    private Path file;

    @ArgGroup(exclusive = false, multiplicity = "0..*", heading = "%nOne person (repeat for each):%n")
    private List<Person> people = new ArrayList<>();

    /** One {@code --role R [--name N] [--email E]}. */
    static final class Person {
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "The role they answer in, e.g. board or frontline-staff.")
        String role;

        @Option(names = "--name", paramLabel = "NAME", description = "Their name (progress lists it).")
        String name;

        @Option(names = "--email", paramLabel = "ADDRESS", description = "Their e-mail address, for the message.")
        String email;
    }

    @Option(names = "--open", paramLabel = "ROLE=CAP", split = ",",
            description = "In an anonymous round: an open link for a group of a role, for up to CAP people,"
                    + " e.g. frontline-staff=20.")
    private List<String> open = new ArrayList<>();

    @Option(names = "--messages", paramLabel = "DIR",
            description = "Write each message, with its link, to a text file in DIR (made if need be).")
    private Path messages;

    private final List<Map<String, Object>> invitations = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private ServerClient client;

    @Override
    void check() {
        CommandLine commandLine = spec.commandLine();
        if (file == null && people.isEmpty() && open.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "say whom to invite: --file CSV, --role ROLE"
                    + " [--name NAME] [--email ADDRESS] (once per person), or --open ROLE=CAP");
        }
        if (file != null) {
            try {
                for (InviteesCsv.Row row : InviteesCsv.read(file)) {
                    add(row.role(), row.name(), row.email(), file + " line " + row.line());
                }
            } catch (InviteesCsv.Invalid e) {
                throw new CommandLine.ParameterException(commandLine, e.getMessage());
            }
        }
        for (Person p : people) {
            add(p.role, p.name, p.email, "--role " + p.role + (p.name == null ? "" : " --name " + p.name));
        }
        for (String o : open) {
            Matcher m = OPEN.matcher(o);
            if (!m.matches()) {
                throw new CommandLine.ParameterException(commandLine, "--open takes ROLE=CAP, e.g."
                        + " frontline-staff=20, not '" + o + "'");
            }
            Map<String, Object> invitation = new LinkedHashMap<>();
            invitation.put("role", m.group(1).trim());
            invitation.put("cap", Integer.parseInt(m.group(2)));
            invitations.add(invitation);
            sources.add("--open " + o);
        }
        IssuedLinks.prepare(commandLine, messages);
    }

    private void add(String role, String name, String email, String source) {
        Map<String, Object> invitation = new LinkedHashMap<>();
        invitation.put("role", role);
        if (name != null) {
            invitation.put("name", name);
        }
        if (email != null) {
            invitation.put("email", email);
        }
        invitations.add(invitation);
        sources.add(source);
    }

    @Override
    ServerClient.Reply send(ServerClient client) throws ServerClient.Unreachable {
        this.client = client;
        return client.post(roundPath(round, "/invitations"), Map.of("invitations", invitations));
    }

    @Override
    String source(String pointer) {
        Matcher m = INVITATION.matcher(pointer);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            return i < sources.size() ? sources.get(i) : null;
        }
        return null;
    }

    @Override
    void print(JsonNode answer, PrintWriter out) {
        out.println("made " + count(answer.path("links").size(), "link") + " for round " + round + ":");
        IssuedLinks.print(answer, out, false, messages);
    }

    @Override
    int after(JsonNode answer, PrintWriter out) {
        return IssuedLinks.writeAndSay(answer, client, round, messages, "invitation", out, spec.commandLine().getErr());
    }
}
