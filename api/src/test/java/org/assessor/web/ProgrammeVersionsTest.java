package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.assessor.access.Role;
import org.assessor.app.EngineConfig;
import org.assessor.server.Assessor;
import org.assessor.server.Server;
import org.assessor.store.Database;
import org.assessor.store.JdbcAccounts;
import org.assessor.testing.ApiClient;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.Submissions;
import org.assessor.testing.Tokens;
import org.assessor.testing.WebClient;
import org.assessor.testing.WebSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programme dashboard never pools ratings of different rule-set versions: when the filter
 * selects both, the page asks for a version (naming those found) instead of showing figures, and
 * the downloads refuse; with a version chosen, everything is that version's. Its own server, with
 * the fixture's rule set as 1.0.0 and as 1.1.0.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeVersionsTest {
    @TempDir
    static Path temp;
    private Server server;

    @BeforeAll
    void startWithTwoVersions() throws IOException {
        Path rules = temp.resolve("rules");
        copy(FixtureServer.RULES.resolve("demo/1.0.0"), rules.resolve("demo/1.0.0"));
        Path newer = rules.resolve("demo/1.1.0");
        copy(FixtureServer.RULES.resolve("demo/1.0.0"), newer);
        Files.writeString(newer.resolve("manifest.json"), Files.readString(newer.resolve("manifest.json"))
                .replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\""));
        Path data = temp.resolve("data");
        try (Database database = Database.embedded(data)) {
            new Accounts(new JdbcAccounts(database.dataSource()), Clock.systemUTC(), Assessor.DEFAULT_SESSION_TIMEOUT)
                    .put(WebSite.COMMISSIONER, "Cora Commissioner", Role.COMMISSIONER, null,
                            WebSite.PASSWORD.toCharArray());
        }
        server = Server.start(FixtureServer.config(data).withTokens(Tokens.write(temp)).withEngine(EngineConfig
                .defaults().withQuestionnaires(FixtureServer.QUESTIONNAIRES).withRuleSets(rules)));
        SecuredApi api = new SecuredApi(new ApiClient(server.uri()));
        assertThat(api.post(Tokens.NORTH, "/api/assessments", Submissions.strong("north")).statusCode()).isEqualTo(201);
        assertThat(api.post(Tokens.ADMIN, "/api/assessments", Submissions.weak("south")
                .replace("\"site\"", "\"ruleSetVersion\": \"1.0.0\", \"site\"")).statusCode()).isEqualTo(201);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void mixedVersionsAskForOneAndOneVersionIsShownAlone() {
        WebClient web = new WebClient(server.uri());
        web.signIn(WebSite.COMMISSIONER, WebSite.PASSWORD);
        HttpResponse<String> mixed = web.get("/programme?questionnaire=demo");
        assertThat(mixed.statusCode()).isEqualTo(200);
        assertThat(mixed.body()).contains("<title>Error: Programme dashboard").contains("href=\"#ruleSetVersion\"")
                .contains("1.0.0, 1.1.0").doesNotContain("data-assessment").doesNotContain("Pooled standard ratings");
        assertThat(web.get("/programme/compare.csv?questionnaire=demo").statusCode()).isEqualTo(400);
        assertThat(web.bytes("/programme/report.pdf?questionnaire=demo").statusCode()).isEqualTo(400);

        String older = web.get("/programme?questionnaire=demo&ruleSetVersion=1.0.0").body();
        assertThat(ProgrammeHeatMapRows.ofPage(older)).hasSize(1);
        assertThat(older).contains(">south</a>").doesNotContain("Site north");
        assertThat(ProgrammeHeatMapRows.ofCsv(web.get("/programme/compare.csv?questionnaire=demo&ruleSetVersion=1.0.0")
                .body())).isEqualTo(ProgrammeHeatMapRows.ofPage(older));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
