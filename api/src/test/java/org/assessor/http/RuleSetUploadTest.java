package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.assessor.RuleSetFiles;
import org.assessor.app.RuleSetTexts;
import org.assessor.rules.RuleSetSource;
import org.assessor.testing.ApiClient;
import org.assessor.testing.DemoDrafts;
import org.assessor.testing.OwnServer;
import org.assessor.testing.Submissions;
import org.assessor.testing.Uploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Uploading rule-set versions to a real server: a version is kept as a draft only when it
 * compiles, passes the static checks and its own test cases; otherwise every problem comes back
 * with its file and line, and nothing changes.
 */
class RuleSetUploadTest {
    @RegisterExtension
    static final OwnServer SERVER = new OwnServer();

    private final ApiClient api = SERVER.api();

    private HttpResponse<byte[]> upload(RuleSetFiles files) {
        return api.post("/api/rulesets/demo", Uploads.of(files.source()));
    }

    private String activeHash() {
        return json(api.post("/api/evaluations", Submissions.strong("upload-check"))).at("/ruleSet/hash").asText();
    }

    private JsonNode versions() {
        return json(api.get("/api/rulesets"));
    }

    private long auditEntries() {
        return json(api.get("/api/audit?limit=100")).path("items").size();
    }

    @Test
    void aBrokenRuleFileIsRefusedWithItsFileAndLineAndTheActiveVersionKeepsRating() {
        String before = activeHash();
        JsonNode listed = versions();
        long audited = auditEntries();
        RuleSetFiles broken = DemoDrafts.copy("1.1.0").replace(DemoDrafts.RATE,
                "criterionId == \"1.2.b\", coverage >= 0.5, applicable > 0, share >= 0.75 )",
                "criterionId == \"1.2.b\", coverage >= 0.5, applicable > 0, share >= 0.75");

        HttpResponse<byte[]> response = upload(broken);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("type").asText()).isEqualTo("urn:assessor:problem:rule-set-invalid");
        JsonNode error = problem.at("/errors/0");
        assertThat(error.get("file").asText()).isEqualTo(DemoDrafts.RATE);
        assertThat(error.get("line").asInt()).isEqualTo(broken.lineOf(DemoDrafts.RATE, "then\n    insertLogical( "
                + "RespondentRating.of( $e, Rating.MET ) );\nend\n\nrule \"1.2.b partly-met\""));
        assertThat(error.get("message").asText()).contains("1.2.b met");
        assertThat(versions()).isEqualTo(listed);
        assertThat(api.get("/api/rulesets/demo/1.1.0").statusCode()).isEqualTo(404);
        assertThat(activeHash()).isEqualTo(before);
        assertThat(auditEntries()).isEqualTo(audited);
    }

    @Test
    void aCriterionNoRuleRatesIsRefusedAsAGap() {
        RuleSetFiles gap = DemoDrafts.copy("1.2.0");
        for (String rating : new String[] {"met", "partly-met", "not-met"}) {
            String text = gap.text(DemoDrafts.RATE);
            int start = text.indexOf("rule \"2.1.c " + rating + "\"");
            int end = text.indexOf("end\n", start) + 4;
            gap.with(DemoDrafts.RATE, text.substring(0, start) + text.substring(end));
        }

        HttpResponse<byte[]> response = upload(gap);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("errors")).anySatisfy(e -> {
            assertThat(e.get("file").asText()).isEqualTo("(rule set)");
            assertThat(e.get("line").asInt()).isZero();
            assertThat(e.get("message").asText()).startsWith("gap: no rule rates criterion 2.1.c");
        });
        assertThat(api.get("/api/rulesets/demo/1.2.0").statusCode()).isEqualTo(404);
    }

    @Test
    void aVersionWhoseOwnTestCaseFailsIsRefused() {
        RuleSetFiles failing = DemoDrafts.metFromHalf("1.3.0").with("tests/partly-endorsed.json", """
                {"description": "A partly endorsed change is still only partly met",
                 "fill": "yes", "submission": {"answers": {"1.1.c.1": 0, "1.1.c.2": "quality", "1.2.a.1": "partly"}},
                 "expect": {"criteria": {"1.2.a": "partly-met"}}}
                """);

        HttpResponse<byte[]> response = upload(failing);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode errors = json(response).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.at("/0/file").asText()).isEqualTo("tests/partly-endorsed.json");
        assertThat(errors.at("/0/message").asText())
                .isEqualTo("test case failed: expected criterion 1.2.a partly-met, got met");
        assertThat(api.get("/api/rulesets/demo/1.3.0").statusCode()).isEqualTo(404);
    }

    @Test
    void aValidVersionIsKeptAsADraftWithItsFilesAndHash() {
        RuleSetSource draft = DemoDrafts.metFromHalf("2.0.0").source();

        HttpResponse<byte[]> response = api.post("/api/rulesets/demo", Uploads.of(draft));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).endsWith("/api/rulesets/demo/2.0.0"));
        JsonNode created = json(response);
        assertThat(created.get("status").asText()).isEqualTo("draft");
        assertThat(created.get("hash").asText()).isEqualTo(draft.hash());
        assertThat(created.get("uploadedBy").asText()).isEqualTo("local");
        JsonNode read = json(api.get("/api/rulesets/demo/2.0.0"));
        assertThat(read.get("questionnaireId").asText()).isEqualTo("demo");
        assertThat(read.get("version").asText()).isEqualTo("2.0.0");
        assertThat(read.get("status").asText()).isEqualTo("draft");
        assertThat(read.get("hash").asText()).isEqualTo(draft.hash());
        Map<String, String> files = new TreeMap<>();
        read.get("files").fields().forEachRemaining(f -> files.put(f.getKey(), f.getValue().asText()));
        assertThat(files).isEqualTo(RuleSetTexts.of(draft));
        assertThat(versions()).anySatisfy(v -> {
            assertThat(v.get("version").asText()).isEqualTo("2.0.0");
            assertThat(v.get("status").asText()).isEqualTo("draft");
            assertThat(v.has("files")).isFalse();
        });
        assertThat(json(api.post("/api/evaluations", Submissions.standard12("draft-not-used", "partly", "yes")))
                .at("/ruleSet/version").asText()).as("a draft rates nothing until published").isEqualTo("1.0.0");
    }

    @Test
    void aVersionIsImmutableOnceStored() {
        RuleSetSource draft = DemoDrafts.metFromHalf("3.0.0").source();
        assertThat(api.post("/api/rulesets/demo", Uploads.of(draft)).statusCode()).isEqualTo(201);
        long audited = auditEntries();

        HttpResponse<byte[]> again = api.post("/api/rulesets/demo", Uploads.of(draft));
        HttpResponse<byte[]> changed = upload(DemoDrafts.copy("3.0.0"));
        HttpResponse<byte[]> overBundled = upload(DemoDrafts.metFromHalf("1.0.0"));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("hash").asText()).isEqualTo(draft.hash());
        assertThat(changed.statusCode()).isEqualTo(409);
        assertThat(json(changed).get("detail").asText()).contains("demo/3.0.0 already exists").contains(draft.hash());
        assertThat(overBundled.statusCode()).isEqualTo(409);
        assertThat(json(api.get("/api/rulesets/demo/3.0.0")).get("hash").asText()).isEqualTo(draft.hash());
        assertThat(auditEntries()).isEqualTo(audited);
    }

    @Test
    void theManifestMustNameTheQuestionnaireAndVersionOfTheRequest() {
        RuleSetSource draft = DemoDrafts.copy("4.0.0").source();
        Map<String, String> files = RuleSetTexts.of(draft);

        HttpResponse<byte[]> response = api.post("/api/rulesets/demo", Uploads.of("4.0.1", files));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("file").asText()).isEqualTo("manifest.json");
            assertThat(e.get("message").asText()).isEqualTo("version is '4.0.0', but the upload's version is '4.0.1'");
        });
        assertThat(api.post("/api/rulesets/no-such-questionnaire", Uploads.of(draft)).statusCode()).isEqualTo(404);
    }

    @Test
    void unsafeFileNamesAndBodiesThatAreNotUploadsAreRefused() {
        Map<String, String> files = new LinkedHashMap<>(RuleSetTexts.of(DemoDrafts.copy("5.0.0").source()));
        files.put("../escape.drl", "rule");

        HttpResponse<byte[]> unsafe = api.post("/api/rulesets/demo", Uploads.of("5.0.0", files));
        HttpResponse<byte[]> noFiles = api.post("/api/rulesets/demo", "{\"version\": \"5.0.0\", \"colour\": 1}");
        HttpResponse<byte[]> badBase64 = api.post("/api/rulesets/demo",
                Uploads.of("5.0.0", Map.of("20-rate.drl.xlsx", "base64:not*base64")));
        Map<String, String> many = new TreeMap<>();
        for (int i = 0; i < 201; i++) {
            many.put("tests/case-" + i + ".json", "{}");
        }
        HttpResponse<byte[]> tooMany = api.post("/api/rulesets/demo", Uploads.of("5.0.0", many));

        assertThat(unsafe.statusCode()).isEqualTo(422);
        assertThat(json(unsafe).get("errors")).anySatisfy(e ->
                assertThat(e.get("file").asText()).isEqualTo("../escape.drl"));
        assertThat(noFiles.statusCode()).isEqualTo(422);
        assertThat(json(noFiles).get("type").asText()).isEqualTo("urn:assessor:problem:upload-invalid");
        assertThat(json(noFiles).get("errors")).extracting(e -> e.get("pointer").asText())
                .containsExactlyInAnyOrder("/colour", "/files");
        assertThat(badBase64.statusCode()).isEqualTo(422);
        assertThat(json(badBase64).at("/errors/0/pointer").asText()).isEqualTo("/files/20-rate.drl.xlsx");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(json(tooMany).at("/errors/0/message").asText()).isEqualTo("holds 201 files; at most 200");
        assertThat(api.get("/api/rulesets/demo/5.0.0").statusCode()).isEqualTo(404);
    }
}
