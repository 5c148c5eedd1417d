package org.assessor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.assessor.api.ApiJson;
import org.assessor.app.ImpactQuery;
import org.assessor.rules.RuleSetId;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code assessor rules impact TARGET (--data DIR | --server URL)}: how stored ratings would
 * change under a rule-set version, against the active one.
 */
@Command(name = "impact", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show how the ratings of stored assessments would change if TARGET replaced the active"
                + " rule-set version of its questionnaire: per standard and overall, how many ratings move and in"
                + " which direction, and which assessments change.",
                "With --data, reads the embedded database in DIR directly (stop the server that uses it first),"
                        + " and TARGET may be a rule-set folder not yet uploaded, or QUESTIONNAIRE/VERSION of a stored"
                        + " version. A progress line (done/total, rate) is written on the error stream.",
                "With --server, asks a running server (GET /api/rulesets/{q}/{v}/impact, with its progress"
                        + " as newline-delimited JSON, shown on the same progress line); TARGET is"
                        + " QUESTIONNAIRE/VERSION of an uploaded version."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:analysed", "1:the rule set or the database could not be used, or the server refused",
                "2:wrong usage"},
        footer = {"", "Examples:",
                "  ${sys:assessor.command:-java -jar api/target/assessor.jar} rules impact rules/organisational-change/1.1.0 --data ./data",
                "  ${sys:assessor.command:-java -jar api/target/assessor.jar} rules impact organisational-change/1.1.0"
                        + " --server http://127.0.0.1:8080 --site north-vale"})
final class RulesImpactCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TARGET", description = "A rule-set folder (with --data), or QUESTIONNAIRE/VERSION.")
    private String target;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Where where;

    static final class Where {
        @Option(names = "--data", paramLabel = "DIR", description = "The data folder of the embedded database.")
        Path data;

        @Option(names = "--server", paramLabel = "URL", description = "A running server, e.g. http://127.0.0.1:8080")
        URI server;
    }

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:ASSESSOR_TOKEN}",
            description = "With --server: sent as 'Authorization: Bearer TOKEN' (default: $ASSESSOR_TOKEN).")
    private String token;

    @Option(names = "--site", paramLabel = "ID", description = "Only this site's assessments.")
    private String site;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only those stored on or after this day (UTC).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only those stored on or before this day (UTC).")
    private LocalDate to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "List at most N affected assessments (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--json", description = "Print the analysis as JSON, as the API returns it.")
    private boolean json;

    @Option(names = "--questionnaires", paramLabel = "DIR",
            description = "With --data: questionnaires from DIR instead of the bundled ones (as the server's).")
    private Path questionnaires;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "With --data: bundled rule sets from DIR instead of the jar's (as the server's).")
    private Path rules;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 0 || limit > ImpactQuery.MAX_LIMIT || (from != null && to != null && from.isAfter(to))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 to "
                    + ImpactQuery.MAX_LIMIT + " and --from not after --to");
        }
        JsonNode analysis;
        try {
            analysis = where.server != null ? remote() : LocalImpact.analyse(where.data, target, questionnaires, rules,
                    new ImpactQuery(site, from, to, limit), spec.commandLine().getErr());
        } catch (ImpactRefused e) {
            err.println(e.getMessage());
            return 1;
        }
        if (analysis == null) {
            return 1;
        }
        try {
            spec.commandLine().getOut().println(json ? ApiJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(analysis) : ImpactText.of(analysis));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return 0;
    }

    private JsonNode remote() throws ImpactRefused {
        RuleSetId id = id(target);
        List<String> query = new ArrayList<>();
        add(query, "site", site);
        add(query, "from", from == null ? null : from.toString());
        add(query, "to", to == null ? null : to.toString());
        add(query, "limit", Integer.toString(limit));
        PrintWriter err = spec.commandLine().getErr();
        err.println("asking " + where.server + " for the impact of " + id + " ...");
        String path = "api/rulesets/" + id.questionnaireId() + "/" + id.version() + "/impact?" + String.join("&", query);
        ServerClient client = new ServerClient(where.server, token);
        ProgressLine progress = new ProgressLine(err);
        JsonNode[] last = new JsonNode[1];
        ServerClient.Reply reply;
        try {
            reply = client.getLines(path, line -> {
                if (line.has("done")) {
                    progress.update(line.get("done").asLong(), line.get("total").asLong(),
                            Duration.ofMillis(line.path("elapsedMillis").asLong()));
                } else {
                    last[0] = line;
                }
            });
            if (reply.status() == 406) {
                reply = client.get(path);
                last[0] = null;
            }
        } catch (ServerClient.Unreachable e) {
            throw new ImpactRefused(e.getMessage());
        } finally {
            progress.end();
        }
        if (!reply.ok()) {
            ServerClient.printProblem(reply, err);
            return null;
        }
        if (last[0] == null) {
            return reply.body();
        }
        if (last[0].has("problem")) {
            err.println("the server stopped the analysis: " + last[0].at("/problem/detail").asText());
            return null;
        }
        return last[0].get("impact");
    }

    static RuleSetId id(String target) throws ImpactRefused {
        String[] parts = target.split("/");
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new ImpactRefused("'" + target + "' is neither a rule-set folder nor QUESTIONNAIRE/VERSION");
        }
        return new RuleSetId(parts[0], parts[1]);
    }

    private static void add(List<String> query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
