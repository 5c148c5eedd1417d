package org.assessor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code assessor rounds list [--site ID]}: the rounds a caller may see, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the collection rounds on a running server, newest first (GET /api/rounds): id, site,"
                + " questionnaire, cycle, status (scheduled, open, ended, closed) and when it closes. A site token"
                + " sees its own site's rounds only.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "1:refused or the server could not be reached", "2:wrong usage"})
final class RoundsListCommand extends RoundCall {
    @Option(names = "--site", paramLabel = "ID", description = "Only this site's rounds.")
    private String site;

    @Override
    ServerClient.Reply send(ServerClient client) throws ServerClient.Unreachable {
        return client.get("api/rounds" + (site == null ? ""
                : "?site=" + URLEncoder.encode(site, StandardCharsets.UTF_8)));
    }

    @Override
    void print(JsonNode answer, PrintWriter out) {
        JsonNode items = answer.path("items");
        if (items.isEmpty()) {
            out.println(site == null ? "no rounds" : "no rounds for site " + site);
            return;
        }
        TextTable table = new TextTable("").row("ROUND", "SITE", "QUESTIONNAIRE", "CYCLE", "STATUS", "CLOSES");
        for (JsonNode r : items) {
            table.row(r.path("id").asText(), r.at("/site/id").asText(), r.at("/questionnaire/id").asText(),
                    r.path("cycle").asText(), r.path("status").asText(), moment(r.path("closesAt")));
        }
        table.print(out);
    }

    /** A round's setup in two lines, for people: what it collects and from whom, until when. */
    static List<String> describe(JsonNode round) {
        List<String> expected = new ArrayList<>();
        round.path("expected").fields().forEachRemaining(e -> expected.add(e.getKey() + " " + e.getValue().asInt()));
        String site = round.at("/site/id").asText();
        String name = round.at("/site/name").asText();
        List<String> lines = new ArrayList<>();
        lines.add("site " + site + (name.isEmpty() || name.equals(site) ? "" : " (" + name + ")") + ", questionnaire "
                + round.at("/questionnaire/id").asText() + " " + round.at("/questionnaire/version").asText()
                + " rated with rule set " + round.path("ruleSetVersion").asText() + ", cycle "
                + round.path("cycle").asText());
        lines.add("answers taken from " + moment(round.path("opensAt")) + " until " + moment(round.path("closesAt"))
                + "; expected: " + String.join(", ", expected) + "; " + (round.path("anonymous").asBoolean()
                ? "anonymous (role groups under " + round.path("minGroup").asInt() + " are merged into 'other')"
                : "named") + (round.path("prefill").asBoolean() ? "; prefilled from the previous round" : ""));
        return lines;
    }
}
