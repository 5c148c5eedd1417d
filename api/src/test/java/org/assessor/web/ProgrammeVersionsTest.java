package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assessor.app.EngineConfig;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.Submissions;
import org.assessor.testing.Tokens;
import org.assessor.testing.WebClient;
import org.assessor.testing.WebSite;
import org.assessor.testing.Folders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The programme dashboard never pools ratings of different rule-set versions: when the filter
 * selects both, the page asks for a version (naming those found) instead of showing figures, and
 * the downloads refuse; with a version chosen, everything is that version's. Its own site, with the
 * fixture's rule set as 1.0.0 and as 1.1.0.
 */
class ProgrammeVersionsTest {
    @RegisterExtension
    static final WebSite SITE = new WebSite(data -> FixtureServer.config(data).withEngine(EngineConfig.defaults()
            .withQuestionnaires(FixtureServer.QUESTIONNAIRES).withRuleSets(twoVersions(data.resolveSibling("rules")))));

    /** The fixture's rule set as 1.0.0 and, unchanged but for its version, as 1.1.0, under {@code rules}. */
    private static Path twoVersions(Path rules) {
        try {
            Folders.copy(FixtureServer.RULES.resolve("demo/1.0.0"), rules.resolve("demo/1.0.0"));
            Path newer = rules.resolve("demo/1.1.0");
            Folders.copy(FixtureServer.RULES.resolve("demo/1.0.0"), newer);
            Files.writeString(newer.resolve("manifest.json"), Files.readString(newer.resolve("manifest.json"))
                    .replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\""));
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void storeUnderEachVersion() {
        assertThat(SITE.api().post(Tokens.NORTH, "/api/assessments", Submissions.strong("north")).statusCode())
                .isEqualTo(201);
        assertThat(SITE.api().post(Tokens.ADMIN, "/api/assessments", Submissions.weak("south")
                .replace("\"site\"", "\"ruleSetVersion\": \"1.0.0\", \"site\"")).statusCode()).isEqualTo(201);
    }

    @Test
    void mixedVersionsAskForOneAndOneVersionIsShownAlone() {
        WebClient web = SITE.client();
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
}
