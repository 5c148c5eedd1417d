package org.assessor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code assessor rounds create ...}: opens a collection round for a site. */
@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Open a collection round for a site on a running server (POST /api/rounds): who is"
                + " expected to answer which questionnaire, for which cycle, until when. The round is rated with"
                + " the questionnaire's active rule set, fixed when it is made. Prints the new round's id, which"
                + " the other 'rounds' commands take.",
                "A site token makes rounds for its own site only."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:created", "1:refused (each field at fault is printed) or the server could not be reached",
                "2:wrong usage"},
        footer = {"", "Example:", "  ${sys:assessor.command:-java -jar api/target/assessor.jar} rounds create"
                + " --site north-vale --site-name 'North Vale' --questionnaire organisational-change --cycle baseline"
                + " --closes 2027-01-31T17:00:00Z --expect board=2,frontline-staff=5 --server http://127.0.0.1:8080"})
final class RoundsCreateCommand extends RoundCall {
    private static final Pattern EXPECT = Pattern.compile("([^=]+)=(\\d{1,9})");
    private static final Map<String, String> OPTIONS = Map.of("/site", "--site", "/site/id", "--site",
            "/site/name", "--site-name", "/questionnaireId", "--questionnaire", "/cycle", "--cycle",
            "/opensAt", "--opens", "/closesAt", "--closes", "/expected", "--expect", "/minGroup", "--min-group");

    @Option(names = "--site", required = true, paramLabel = "ID", description = "The site whose people answer.")
    private String site;

    @Option(names = "--site-name", paramLabel = "NAME",
            description = "The site's name, as messages to respondents show it (default: its id).")
    private String siteName;

    @Option(names = "--questionnaire", required = true, paramLabel = "ID", description = "The questionnaire to answer.")
    private String questionnaire;

    @Option(names = "--cycle", required = true, paramLabel = "LABEL",
            description = "The cycle, e.g. baseline or follow-up-1.")
    private String cycle;

    @Option(names = "--opens", paramLabel = "MOMENT", converter = RoundCall.Moment.class,
            description = "When answers are first taken, e.g. 2026-12-01T09:00:00Z (default: now).")
    private Instant opens;

    @Option(names = "--closes", required = true, paramLabel = "MOMENT", converter = RoundCall.Moment.class,
            description = "When answers stop being taken and links expire, e.g. 2027-01-31T17:00:00Z (UTC) or"
                    + " 2027-01-31T17:00:00+01:00.")
    private Instant closes;

    @Option(names = "--expect", required = true, split = ",", paramLabel = "ROLE=N",
            description = "How many respondents of each role you expect, e.g. board=2,frontline-staff=5. Roles:"
                    + " board, senior-manager, middle-manager, frontline-staff, clinician, programme-lead,"
                    + " partner, commissioner, service-user, carer, other.")
    private List<String> expect;

    private final Map<String, Integer> expected = new LinkedHashMap<>();

    @Option(names = "--anonymous",
            description = "Answers are never linkable to a person; groups may be invited with open links.")
    private boolean anonymous;

    @Option(names = "--min-group", paramLabel = "N",
            description = "In an anonymous round, the smallest role group shown as itself; smaller ones are"
                    + " merged into 'other' (default: the server's, 3).")
    private Integer minGroup;

    @Option(names = "--prefill",
            description = "Named respondents start from their answers in the site's previous round.")
    private boolean prefill;

    @Override
    void check() {
        for (String e : expect) {
            Matcher m = EXPECT.matcher(e);
            if (!m.matches()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--expect takes ROLE=N for each role,"
                        + " e.g. board=2,frontline-staff=5; '" + e + "' is not ROLE=N");
            }
            if (expected.put(m.group(1).trim(), Integer.parseInt(m.group(2))) != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--expect names role '" + m.group(1).trim()
                        + "' twice");
            }
        }
    }

    @Override
    ServerClient.Reply send(ServerClient client) throws ServerClient.Unreachable {
        Map<String, Object> siteBody = new LinkedHashMap<>();
        siteBody.put("id", site);
        if (siteName != null) {
            siteBody.put("name", siteName);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("site", siteBody);
        body.put("questionnaireId", questionnaire);
        body.put("cycle", cycle);
        if (opens != null) {
            body.put("opensAt", opens.toString());
        }
        body.put("closesAt", closes.toString());
        body.put("expected", expected);
        body.put("anonymous", anonymous);
        if (minGroup != null) {
            body.put("minGroup", minGroup);
        }
        body.put("prefill", prefill);
        return client.post("api/rounds", body);
    }

    @Override
    String source(String pointer) {
        if (pointer.startsWith("/expected/")) {
            return "--expect " + pointer.substring("/expected/".length());
        }
        return OPTIONS.get(pointer);
    }

    @Override
    void print(JsonNode round, PrintWriter out) {
        String id = round.path("id").asText();
        out.println("created round " + id + " (" + round.path("status").asText() + ")");
        RoundsListCommand.describe(round).forEach(line -> out.println("  " + line));
        out.println("next: invite respondents with 'rounds invite " + id + " --file invitees.csv'");
    }
}
