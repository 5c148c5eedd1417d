package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assessor.BundledData;
import org.assessor.server.Server;
import org.assessor.server.ServerConfig;
import org.assessor.testing.ApiClient;
import org.assessor.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading a server from readiness-for-change 1.0.0 to the bundled 1.1.0 through the product's
 * own lifecycle: a server that knew only 1.0.0 stores an assessment; restarted with 1.1.0 bundled,
 * 1.1.0 is active and 1.0.0 retired, the stored assessment reads back byte for byte under 1.0.0,
 * new assessments are rated under 1.1.0 with the factors of their verdict, and answers to
 * questions 1.1.0 dropped get a clear error naming each.
 */
class UpgradeToReadiness110Test {
    @TempDir
    Path data;
    @TempDir
    Path before;

    @Test
    void storedAssessmentsKeep100AndNewOnesAreRatedWith110() throws IOException {
        copyOnly100(BundledData.questionnaires(), BundledData.ruleSets());
        String old = Files.readString(Path.of("src/test/resources/upgrade/readiness-1.0.0-self.json"));
        String id;
        byte[] stored;
        try (Server server = Server.start(config(before.resolve("questionnaires"), before.resolve("rules")))) {
            ApiClient api = new ApiClient(server.uri());
            var created = api.post("/api/assessments", old);
            assertThat(created.statusCode()).isEqualTo(201);
            id = json(created).get("id").asText();
            stored = api.get("/api/assessments/" + id).body();
            assertThat(json(created).at("/ruleSet/version").asText()).isEqualTo("1.0.0");
        }

        try (Server server = Server.start(config(BundledData.questionnaires(), BundledData.ruleSets()))) {
            ApiClient api = new ApiClient(server.uri());
            assertThat(json(api.get("/api/rulesets/readiness-for-change/1.1.0")).get("status").asText())
                    .isEqualTo("active");
            assertThat(json(api.get("/api/rulesets/readiness-for-change/1.0.0")).get("status").asText())
                    .isEqualTo("retired");
            assertThat(api.get("/api/assessments/" + id).body()).as("the 1.0.0 assessment, unchanged").isEqualTo(stored);

            var refused = api.post("/api/assessments", old);
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(ApiClient.text(refused)).contains("S2.c.2")
                    .contains("unknown question").contains("readiness-for-change 1.1.0");

            ObjectNode pinned = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(old);
            pinned.put("questionnaireVersion", "1.0.0");
            var mismatched = api.post("/api/assessments", pinned.toString());
            assertThat(mismatched.statusCode()).isEqualTo(422);
            assertThat(ApiClient.text(mismatched)).contains("/questionnaireVersion")
                    .contains("rule-set version 1.1.0 rates answers to questionnaire readiness-for-change version 1.1.0");

            var rated = api.post("/api/assessments", Files.readString(Path.of("../examples/mhip-sites/readiness-swymht.json")));
            assertThat(rated.statusCode()).isEqualTo(201);
            JsonNode result = json(rated);
            assertThat(result.at("/ruleSet/version").asText()).isEqualTo("1.1.0");
            assertThat(result.at("/readiness/verdict").asText()).isEqualTo("not-yet-ready");
            assertThat(result.at("/readiness/placement").asText()).isEqualTo("not-yet");
            assertThat(result.at("/outcomes/0/because").toString()).contains("A2 not met");
        }
    }

    private ServerConfig config(Path questionnaires, Path rules) {
        return ServerConfig.defaults().withAddress("127.0.0.1", 0).withDataFolder(data)
                .withEngine(EngineConfig.defaults().withQuestionnaires(questionnaires).withRuleSets(rules));
    }

    /** The bundled questionnaires and rule sets as a server before 1.1.0 had them. */
    private void copyOnly100(Path questionnaires, Path rules) throws IOException {
        Folders.copy(questionnaires, before.resolve("questionnaires"));
        Folders.copy(rules, before.resolve("rules"));
        Files.delete(before.resolve("questionnaires/readiness-for-change/1.1.0.json"));
        try (Stream<Path> files = Files.walk(before.resolve("rules/readiness-for-change/1.1.0"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
