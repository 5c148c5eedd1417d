package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assessor.app.EngineConfig;
import org.assessor.server.Server;
import org.assessor.testing.ApiClient;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.Submissions;
import org.assessor.testing.Folders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ratings made under different rule-set versions are never pooled: a comparison that would mix
 * them is refused, naming the versions, unless it asks for one version or one comparison each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparisonVersionsTest {
    @TempDir
    static Path temp;
    private Server server;
    private ApiClient api;

    @BeforeAll
    void startWithTwoVersionsAndStoreUnderEach() throws IOException {
        Path rules = temp.resolve("rules");
        Folders.copy(FixtureServer.RULES.resolve("demo/1.0.0"), rules.resolve("demo/1.0.0"));
        Path newer = rules.resolve("demo/1.1.0");
        Folders.copy(FixtureServer.RULES.resolve("demo/1.0.0"), newer);
        Files.writeString(newer.resolve("manifest.json"), Files.readString(newer.resolve("manifest.json"))
                .replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\""));
        server = Server.start(FixtureServer.config(temp.resolve("data")).withEngine(EngineConfig.defaults()
                .withQuestionnaires(FixtureServer.QUESTIONNAIRES).withRuleSets(rules)));
        api = new ApiClient(server.uri());
        for (String site : new String[] {"v-a", "v-b"}) {
            assertThat(api.post("/api/assessments", Submissions.strong(site)).statusCode()).isEqualTo(201);
            assertThat(api.post("/api/assessments", Submissions.weak(site)
                    .replace("\"site\"", "\"ruleSetVersion\": \"1.0.0\", \"site\"")).statusCode()).isEqualTo(201);
        }
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aComparisonThatWouldMixVersionsIsRefusedNamingThem() {
        HttpResponse<byte[]> response = api.get("/api/comparisons?questionnaire=demo");
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = json(response);
        assertThat(problem.get("type").asText()).isEqualTo("urn:assessor:problem:comparison-mixes-versions");
        assertThat(problem.get("detail").asText()).contains("1.0.0, 1.1.0", "ruleSetVersion=1.1.0", "split=version");
        assertThat(api.get("/api/comparisons/report.pdf?questionnaire=demo").statusCode()).isEqualTo(422);
        assertThat(api.send(api.request("/api/comparisons?questionnaire=demo").header("Accept", "text/csv").GET())
                .statusCode()).isEqualTo(422);
    }

    @Test
    void oneVersionCanBeChosen() {
        JsonNode c = json(api.get("/api/comparisons?questionnaire=demo&ruleSetVersion=1.0.0"));
        assertThat(c.at("/ruleSet/version").asText()).isEqualTo("1.0.0");
        assertThat(c.get("matrix")).hasSize(2).allSatisfy(r -> assertThat(r.at("/ratings/2.1").asText()).isEqualTo("not-met"));
    }

    @Test
    void orOneComparisonPerVersion() {
        JsonNode each = json(api.get("/api/comparisons?questionnaire=demo&split=version"));
        assertThat(each).extracting(c -> c.at("/ruleSet/version").asText() + ":" + c.get("matrix").size())
                .containsExactly("1.0.0:2", "1.1.0:2");
    }
}
