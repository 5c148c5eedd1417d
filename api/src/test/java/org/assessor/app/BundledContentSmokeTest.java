package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assessor.server.Server;
import org.assessor.server.ServerConfig;
import org.assessor.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as shipped: the bundled questionnaires and rule sets, rating the repository's own
 * example submission and returning it stored. A smoke test; the content's ratings are checked by
 * its rule set's own test cases in the engine module.
 */
class BundledContentSmokeTest {
    /** The example answering the latest (active) version of the bundled questionnaire. */
    private static final Path EXAMPLE = Path.of("../examples/organisational-change-self.json");
    @TempDir
    Path data;

    @Test
    void ratesAndStoresTheOrganisationalChangeExample() throws IOException {
        ServerConfig config = ServerConfig.defaults().withAddress("127.0.0.1", 0).withDataFolder(data);
        try (Server server = Server.start(config)) {
            ApiClient api = new ApiClient(server.uri());

            JsonNode questionnaires = json(api.get("/api/questionnaires"));
            assertThat(questionnaires).extracting(q -> q.get("id").asText()).contains("organisational-change");
            JsonNode definition = json(api.get("/api/questionnaires/organisational-change"));
            assertThat(definition.get("sections")).hasSize(4);

            HttpResponse<byte[]> created = api.post("/api/assessments", Files.readString(EXAMPLE));
            assertThat(created.statusCode()).isEqualTo(201);
            JsonNode result = json(created);
            assertThat(result.at("/questionnaire/id").asText()).isEqualTo("organisational-change");
            assertThat(result.at("/site/id").asText()).isEqualTo("north-vale");
            assertThat(result.at("/overall/rating").asText()).isIn("met", "partly-met", "not-met");
            assertThat(result.get("sections")).hasSize(4);
            assertThat(result.get("actions")).isNotEmpty();
            assertThat(api.get("/api/assessments/" + result.get("id").asText()).body()).isEqualTo(created.body());
        }
    }
}
