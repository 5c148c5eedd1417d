package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.assessor.rules.RuleSetSource;
import org.assessor.testing.ApiClient;
import org.assessor.testing.DemoDrafts;
import org.assessor.testing.OwnServer;
import org.assessor.testing.Submissions;
import org.assessor.testing.Uploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The audit log records every upload, publish, retire and re-evaluation with who, when and the
 * content hash, newest first; it only ever grows, and the API offers no way to change it.
 */
class AuditLogTest {
    @RegisterExtension
    static final OwnServer SERVER = new OwnServer();

    private final ApiClient api = SERVER.api();

    private List<JsonNode> everything() {
        List<JsonNode> entries = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = json(api.get("/api/audit?limit=2" + (cursor.isEmpty() ? "" : "&cursor=" + cursor)));
            page.get("items").forEach(entries::add);
            cursor = page.path("nextCursor").asText("");
        } while (!cursor.isEmpty());
        return entries;
    }

    @Test
    void recordsEachActionWithIdentityAndHashNewestFirstAndOnlyGrows() {
        RuleSetSource draft = DemoDrafts.metFromHalf("1.1.0").source();
        String bundled = json(api.get("/api/rulesets/demo/1.0.0")).get("hash").asText();
        String id = json(api.post("/api/assessments", Submissions.standard12("audited", "partly", "yes")))
                .get("id").asText();
        List<JsonNode> before = everything();

        api.post("/api/rulesets/demo", Uploads.of(draft));
        List<JsonNode> afterUpload = everything();
        api.post("/api/assessments/" + id + "/re-evaluate?ruleSetVersion=1.1.0", "");
        api.post("/api/rulesets/demo/1.1.0/publish", "");
        api.post("/api/rulesets/demo/1.0.0/publish", "");
        api.post("/api/rulesets/demo/1.1.0/retire", "");
        api.post("/api/rulesets/demo/1.1.0/retire", "");
        api.post("/api/rulesets/demo", Uploads.of(draft));
        List<JsonNode> everything = everything();
        List<JsonNode> all = everything.subList(0, everything.size() - before.size());

        assertThat(everything.subList(all.size(), everything.size())).isEqualTo(before);
        assertThat(all).extracting(e -> e.get("action").asText() + " " + e.get("version").asText())
                .containsExactly("publish 1.0.0", "publish 1.1.0", "re-evaluate 1.1.0", "upload 1.1.0");
        assertThat(all).allSatisfy(e -> {
            assertThat(e.get("actor").asText()).isEqualTo("local");
            assertThat(e.get("questionnaireId").asText()).isEqualTo("demo");
            assertThat(e.get("at").asText()).isNotEmpty();
        });
        assertThat(all).extracting(e -> e.get("hash").asText())
                .containsExactly(bundled, draft.hash(), draft.hash(), draft.hash());
        assertThat(all.get(0).get("detail").asText()).isEqualTo("replaces 1.1.0");
        assertThat(all.get(1).get("detail").asText()).isEqualTo("replaces 1.0.0");
        assertThat(all.get(2).get("assessmentId").asText()).isEqualTo(id);
        assertThat(all.get(2).get("detail").asText()).isEqualTo("result 1");
        assertThat(everything.subList(everything.size() - afterUpload.size(), everything.size()))
                .as("earlier entries are never changed").isEqualTo(afterUpload);
        assertThat(everything).extracting(e -> e.get("id").asLong())
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void recordsTheRetirementOfADraft() {
        api.post("/api/rulesets/demo", Uploads.of(DemoDrafts.copy("0.5.0").source()));
        api.post("/api/rulesets/demo/0.5.0/retire", "");

        assertThat(json(api.get("/api/audit?limit=1")).at("/items/0/action").asText()).isEqualTo("retire");
    }

    @Test
    void cannotBeChangedThroughTheApi() {
        api.post("/api/rulesets/demo", Uploads.of(DemoDrafts.copy("0.6.0").source()));
        List<JsonNode> before = everything();
        String first = before.get(before.size() - 1).get("id").asText();

        for (String path : new String[] {"/api/audit", "/api/audit/" + first}) {
            for (String method : new String[] {"PUT", "DELETE", "PATCH", "POST"}) {
                int status = api.send(api.request(path).header("Content-Type", ApiClient.JSON)
                        .method(method, HttpRequest.BodyPublishers.ofString("{\"actor\": \"someone else\"}")))
                        .statusCode();
                assertThat(status).as(method + " " + path).isIn(404, 405);
            }
        }

        assertThat(everything()).isEqualTo(before);
        assertThat(api.get("/api/audit?limit=0").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/audit?cursor=abc").statusCode()).isEqualTo(400);
    }
}
