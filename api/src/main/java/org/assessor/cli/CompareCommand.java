package org.assessor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.assessor.AssessorException;
import org.assessor.access.Caller;
import org.assessor.api.ApiJson;
import org.assessor.api.ComparisonView;
import org.assessor.app.Engine;
import org.assessor.app.EngineConfig;
import org.assessor.comparison.ComparisonCsv;
import org.assessor.comparison.ComparisonFilter;
import org.assessor.report.ComparisonReport;
import org.assessor.server.Assessor;
import org.assessor.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code assessor compare}: a commissioner's comparison of stored assessments, as JSON, CSV or a
 * PDF report, read from a running server or straight from a data folder.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compare the stored assessments of one questionnaire: a site × standard matrix with pooled"
                + " counts (Table 5 style), as JSON (default), CSV or a PDF report. Reads from a running server"
                + " (--server), from a data folder that no server is using (--data, default ./data), or from a"
                + " PostgreSQL database (--db).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:refused (the reason is printed: e.g. the results mix rule-set versions)",
                "2:wrong usage"},
        footer = {"", "Examples:",
                "  ${sys:assessor.command:-java -jar api/target/assessor.jar} compare --questionnaire organisational-change --csv --out sites.csv",
                "  ${sys:assessor.command:-java -jar api/target/assessor.jar} compare --questionnaire organisational-change --pdf "
                        + "--out sites.pdf --server http://127.0.0.1:8080"})
final class CompareCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--questionnaire", paramLabel = "ID", required = true, description = "The questionnaire compared.")
    private String questionnaire;

    @ArgGroup(exclusive = true)
    private Format format = new Format();

    static final class Format {
        @Option(names = "--csv", description = "Write CSV: one row per assessment and standard.")
        boolean csv;
        @Option(names = "--pdf", description = "Write a PDF report: heatmap and pooled tables (needs --out).")
        boolean pdf;
    }

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path out;

    @Option(names = "--server", paramLabel = "URL", description = "Ask this running server, e.g. http://127.0.0.1:8080.")
    private URI server;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:ASSESSOR_TOKEN}",
            description = "With --server: the bearer token (default: $ASSESSOR_TOKEN).")
    private String token;

    @CommandLine.Mixin
    private DatabaseOptions database;

    @Option(names = "--questionnaires", paramLabel = "DIR",
            description = "Without --server: read questionnaires from DIR instead of the bundled ones.")
    private Path questionnaires;

    @Option(names = "--site", paramLabel = "ID", description = "Only this site (repeat for several).")
    private List<String> sites = new ArrayList<>();

    @Option(names = "--rule-set-version", paramLabel = "VERSION", description = "Only this rule-set version.")
    private String ruleSetVersion;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only assessments from this day on.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only assessments up to this day.")
    private LocalDate to;

    @Option(names = "--cycle", paramLabel = "LABEL", description = "Only this cycle, e.g. baseline.")
    private String cycle;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (format.pdf && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pdf needs --out FILE");
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            byte[] bytes = server != null ? fromServer(err) : fromDataFolder();
            if (bytes == null) {
                return 1;
            }
            write(bytes);
            return 0;
        } catch (AssessorException e) {
            err.println("assessor compare: " + e.getMessage());
            return 1;
        }
    }

    private byte[] fromDataFolder() throws IOException {
        ComparisonFilter filter = ComparisonFilter.of(questionnaire).sites(sites).ruleSetVersion(ruleSetVersion)
                .between(from, to).cycle(cycle);
        Engine engine = Engine.forAuditing(EngineConfig.defaults().withQuestionnaires(questionnaires));
        try (Database opened = database.open(spec.commandLine())) {
            var comparison = Assessor.comparisons(engine.questionnaires(), opened.dataSource())
                    .compare(Caller.LOCAL, filter);
            if (format.pdf) {
                return ComparisonReport.toPdf(comparison);
            }
            return format.csv ? ComparisonCsv.toCsv(comparison).getBytes(StandardCharsets.UTF_8)
                    : ApiJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(ComparisonView.of(comparison));
        }
    }

    private byte[] fromServer(PrintWriter err) throws IOException, InterruptedException {
        StringBuilder query = new StringBuilder("questionnaire=").append(encode(questionnaire));
        sites.forEach(s -> query.append("&site=").append(encode(s)));
        append(query, "ruleSetVersion", ruleSetVersion);
        append(query, "from", from == null ? null : from.toString());
        append(query, "to", to == null ? null : to.toString());
        append(query, "cycle", cycle);
        String path = format.pdf ? "api/comparisons/report.pdf" : "api/comparisons";
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve("/" + path + "?" + query))
                .timeout(Duration.ofMinutes(5)).header("Accept", format.pdf ? "application/pdf"
                        : format.csv ? "text/csv" : "application/json").GET();
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token.strip());
        }
        HttpResponse<byte[]> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            err.println("assessor compare: the server answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
            return null;
        }
        return response.body();
    }

    private void write(byte[] bytes) throws IOException {
        if (out == null) {
            PrintWriter console = spec.commandLine().getOut();
            console.print(new String(bytes, StandardCharsets.UTF_8));
            console.flush();
            return;
        }
        try (OutputStream file = Files.newOutputStream(out)) {
            file.write(bytes);
        }
        spec.commandLine().getErr().println("wrote " + out + " (" + bytes.length + " bytes)");
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
