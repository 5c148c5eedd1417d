package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assessor.RuleSetFiles;
import org.assessor.rules.RuleSetSource;
import org.assessor.testing.ApiClient;
import org.assessor.testing.DemoDrafts;
import org.assessor.testing.Submissions;
import org.assessor.testing.Tokens;
import org.assessor.testing.WebClient;
import org.assessor.testing.WebSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The auditor's rule-set and audit pages over plain HTTP, on a real server: a broken draft shows
 * its file and line; a good one (uploaded as files or as a zip) shows its impact on stored
 * assessments, is published through the confirmation page and is in the audit log; other roles
 * get 403 pages; forms without the CSRF token change nothing; rule text is shown escaped.
 */
class RuleSetPagesTest {
    @RegisterExtension
    static final WebSite SITE = new WebSite();

    private static WebClient auditor() {
        WebClient web = SITE.client();
        HttpResponse<String> signedIn = web.signIn(WebSite.AUDITOR, WebSite.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/rulesets");
        return web;
    }

    /** The upload form's file fields for {@code files}: tests/*.json as test cases, the rest as files. */
    static List<Map.Entry<String, Map.Entry<String, byte[]>>> parts(RuleSetFiles files) {
        RuleSetSource source = files.source();
        List<Map.Entry<String, Map.Entry<String, byte[]>>> parts = new ArrayList<>();
        for (String name : source.fileNames()) {
            boolean test = name.startsWith("tests/");
            parts.add(Map.entry(test ? "tests" : "files", Map.entry(test ? name.substring(6) : name, source.bytes(name))));
        }
        return parts;
    }

    static byte[] zip(RuleSetFiles files, String folder) {
        RuleSetSource source = files.source();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : source.fileNames()) {
                zip.putNextEntry(new ZipEntry(folder + name));
                zip.write(source.bytes(name));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static HttpResponse<String> upload(WebClient web, String version, List<Map.Entry<String, Map.Entry<String, byte[]>>> parts) {
        web.get("/rulesets/upload");
        return web.postMultipart("/rulesets/upload", Map.of("questionnaire", "demo", "version", version), parts);
    }

    @Test
    void anAuditorSeesABrokenDraftsFileAndLineThenUploadsReadsTheImpactPublishesAndSeesTheAuditEntry() {
        String moving = ApiClient.json(SITE.api().post(Tokens.NORTH, "/api/assessments",
                Submissions.standard12("north", "partly", "yes"))).get("id").asText();
        WebClient web = auditor();
        assertThat(web.get("/rulesets").body()).contains("demo").contains("1.0.0").contains("active");

        RuleSetFiles broken = DemoDrafts.copy("1.1.0").replace(DemoDrafts.RATE,
                "criterionId == \"1.2.b\", coverage >= 0.5, applicable > 0, share >= 0.75 )",
                "criterionId == \"1.2.b\", coverage >= 0.5, applicable > 0, share >= 0.75");
        HttpResponse<String> refused = upload(web, "1.1.0", parts(broken));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("Error: Upload a draft rule set")
                .contains("<td class=\"nhsuk-table__cell\">" + DemoDrafts.RATE + "</td>")
                .contains("line " + broken.lineOf(DemoDrafts.RATE, "then\n    insertLogical( "
                        + "RespondentRating.of( $e, Rating.MET ) );\nend\n\nrule \"1.2.b partly-met\""));
        assertThat(web.get("/rulesets/demo/1.1.0").statusCode()).isEqualTo(404);

        HttpResponse<String> uploaded = upload(web, "1.1.0", parts(DemoDrafts.metFromHalf("1.1.0")));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(303);
        assertThat(uploaded.headers().firstValue("Location").orElseThrow()).endsWith("/rulesets/demo/1.1.0?uploaded");
        String draft = web.get("/rulesets/demo/1.1.0?uploaded").body();
        assertThat(draft).contains("Draft uploaded").contains("draft").contains("tests/strong-site.json")
                .contains("passed").contains("A site that answers yes everywhere").contains("href=\"/rulesets/demo/1.1.0/files/20-rate-criteria.drl\"");
        String file = web.get("/rulesets/demo/1.1.0/files/20-rate-criteria.drl").body();
        assertThat(file).contains("id=\"L1\"").contains("share &gt;= 0.5");

        String impact = web.get("/rulesets/demo/1.1.0/impact").body();
        assertThat(impact).contains("Impact on stored assessments").contains("href=\"/results/" + moving + "\"")
                .contains("partly-met to met")
                .as("the demo rule set has its own rating layer, which the analysis does not follow")
                .contains("cannot be told from its files, so every assessment was rated in full");
        assertThat(web.get("/rulesets/demo/1.1.0/impact?site=south").body()).contains("Of 0 stored assessments")
                .doesNotContain("/results/" + moving);
        assertThat(web.get("/rulesets/demo/1.1.0/impact?site=north&from=2000-01-01").body())
                .contains("href=\"/results/" + moving + "\"");
        assertThat(web.get("/rulesets/demo/1.1.0/impact?from=2027-02-01&to=2027-01-01").body())
                .contains("Error: Impact").contains("The last day must be the same as or after the first day");

        String confirm = web.get("/rulesets/demo/1.1.0/publish").body();
        assertThat(confirm).contains("will replace version 1.0.0").contains("stored ratings");
        assertThat(web.post("/rulesets/demo/1.1.0/publish", Map.of()).statusCode()).isEqualTo(303);
        assertThat(ApiClient.json(SITE.api().get(Tokens.AUDITOR, "/api/rulesets/demo/1.1.0")).get("status").asText())
                .isEqualTo("active");
        assertThat(web.get("/rulesets").body()).contains(WebSite.AUDITOR);

        String log = web.get("/audit?questionnaire=demo&action=publish").body();
        assertThat(log).contains("publish").contains("demo 1.1.0").contains("replaces 1.0.0").doesNotContain("<td class=\"nhsuk-table__cell\">upload</td>");
        assertThat(web.get("/audit?action=upload").body()).contains("<td class=\"nhsuk-table__cell\">upload</td>");
        assertThat(web.get("/audit?from=2000-01-01&to=2000-01-02").body()).contains("No entries match");
        assertThat(web.get("/audit?from=yesterday").body()).contains("Enter the date as year-month-day");
    }

    @Test
    void aZippedFolderUploadsAsADraftAndRuleTextIsShownEscaped() {
        WebClient web = auditor();
        RuleSetFiles files = DemoDrafts.copy("2.0.0").replace("manifest.json", "Fixture rule set for engine tests.",
                "Fixture <script>alert(1)</script>");
        files.replace(DemoDrafts.RATE, "package ", "// <script>alert(2)</script>\npackage ");
        HttpResponse<String> uploaded = upload(web, "2.0.0", List.of(Map.entry("zip",
                Map.entry("demo-2.0.0.zip", zip(files, "2.0.0/")))));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(303);
        String draft = web.get("/rulesets/demo/2.0.0").body();
        assertThat(draft).contains("tests/critical-cap.json").doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String file = web.get("/rulesets/demo/2.0.0/files/" + DemoDrafts.RATE).body();
        assertThat(file).doesNotContain("<script>alert").contains("&lt;script&gt;alert(2)&lt;/script&gt;");
        String manifest = web.get("/rulesets/demo/2.0.0/files/manifest.json").body();
        assertThat(manifest).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)");

        assertThat(web.get("/rulesets/demo/2.0.0/retire").body()).contains("Retire rule set 2.0.0?");
        assertThat(web.post("/rulesets/demo/2.0.0/retire", Map.of()).statusCode()).isEqualTo(303);
        assertThat(web.get("/rulesets/demo/2.0.0").body()).contains("retired").doesNotContain("Retire this draft");
        assertThat(web.get("/audit?action=retire").body()).contains("demo 2.0.0");
    }

    @Test
    void aFormWithoutItsTokenChangesNothing() {
        WebClient web = auditor();
        web.get("/rulesets/upload");
        HttpResponse<String> upload = web.postMultipart("/rulesets/upload", Map.of("_csrf", "forged", "questionnaire",
                "demo", "version", "3.0.0"), parts(DemoDrafts.copy("3.0.0")));
        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(upload.body()).contains("This form has expired");
        assertThat(web.get("/rulesets/demo/3.0.0").statusCode()).isEqualTo(404);
        web.get("/rulesets/upload");
        HttpResponse<String> huge = web.postMultipart("/rulesets/upload", Map.of("questionnaire", "demo", "version",
                "3.0.0"), List.of(Map.entry("files", Map.entry("huge.drl", new byte[10 << 20]))));
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("The files are too large");
        assertThat(web.postRaw("/rulesets/demo/1.0.0/retire", Map.of()).statusCode()).isEqualTo(403);
        assertThat(web.get("/audit?action=retire").body()).doesNotContain("demo 1.0.0</a>");
    }

    @Test
    void commissionersAndSiteLeadsGetForbiddenPagesAndVisitorsAreSentToSignIn() {
        List<String> paths = List.of("/rulesets", "/rulesets/demo/1.0.0", "/rulesets/demo/1.0.0/files/manifest.json",
                "/rulesets/upload", "/rulesets/demo/1.0.0/impact", "/rulesets/demo/1.0.0/publish",
                "/rulesets/demo/1.0.0/retire", "/audit");
        for (String who : List.of(WebSite.COMMISSIONER, WebSite.NORTH_LEAD, WebSite.PEER)) {
            WebClient web = SITE.client();
            web.signIn(who, WebSite.PASSWORD);
            for (String path : paths) {
                HttpResponse<String> page = web.get(path);
                assertThat(page.statusCode()).as(who + " " + path).isEqualTo(403);
                assertThat(page.body()).contains("You cannot see this page");
            }
            web.get("/rounds");
            assertThat(web.post("/rulesets/demo/1.0.0/retire", Map.of()).statusCode()).isEqualTo(403);
        }
        for (String path : paths) {
            assertThat(SITE.client().get(path).statusCode()).as(path).isEqualTo(303);
        }
    }
}
