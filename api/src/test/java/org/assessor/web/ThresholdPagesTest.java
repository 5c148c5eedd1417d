package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.assessor.app.EngineConfig;
import org.assessor.server.ServerConfig;
import org.assessor.testing.WebClient;
import org.assessor.testing.WebSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The threshold form on a real server with the bundled readiness-for-change rule set: a value the
 * table cannot take is refused with its file and nothing is stored; a changed threshold becomes a
 * new draft, whose impact page follows; a rule set without a table says so.
 */
class ThresholdPagesTest {
    @RegisterExtension
    static final WebSite SITE = new WebSite(data -> ServerConfig.defaults().withAddress("127.0.0.1", 0)
            .withDataFolder(data).withEngine(EngineConfig.defaults().onlyFor("readiness-for-change")));
    private static final String BASE = "/rulesets/readiness-for-change/1.1.0";

    @Test
    void aChangedThresholdBecomesANewDraftAndItsImpactFollows() {
        WebClient web = SITE.client();
        web.signIn(WebSite.AUDITOR, WebSite.PASSWORD);
        assertThat(web.get(BASE).body()).contains("href=\"" + BASE + "/thresholds\"");
        String form = web.get(BASE + "/thresholds").body();
        assertThat(form).contains("name=\"cell-0-1\"").contains("value=\"0.75\"");

        HttpResponse<String> refused = web.post(BASE + "/thresholds", Map.of("version", "1.2.0", "cell-0-1", "lots"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Error: Change the thresholds").contains("20-thresholds.csv")
                .contains("value=\"lots\"");
        assertThat(web.get("/rulesets/readiness-for-change/1.2.0").statusCode()).isEqualTo(404);

        web.get(BASE + "/thresholds");
        HttpResponse<String> kept = web.post(BASE + "/thresholds", Map.of("version", "1.2.0", "cell-0-1", "0.8",
                "notes", "Met from 0.8 <b>by default</b>"));
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(303);
        assertThat(kept.headers().firstValue("Location").orElseThrow())
                .endsWith("/rulesets/readiness-for-change/1.2.0/impact");
        assertThat(web.get("/rulesets/readiness-for-change/1.2.0/impact").statusCode()).isEqualTo(200);
        String draft = web.get("/rulesets/readiness-for-change/1.2.0").body();
        assertThat(draft).contains("draft").contains("Met from 0.8 &lt;b&gt;by default&lt;/b&gt;");
        assertThat(web.get("/rulesets/readiness-for-change/1.2.0/files/20-thresholds.csv").body()).contains("*,0.8,0.4,0,");
    }

    @Test
    void otherRolesGetForbiddenPagesAndATableIsReadAndWrittenAsCsv() {
        WebClient lead = SITE.client();
        lead.signIn(WebSite.NORTH_LEAD, WebSite.PASSWORD);
        assertThat(lead.get(BASE + "/thresholds").statusCode()).isEqualTo(403);
        ThresholdForm table = ThresholdForm.parse("t.csv", "criterion,met from,note\r\n*,0.75,\"a, \"\"quoted\"\" note\"\nA,,\n");
        assertThat(table.header()).containsExactly("criterion", "met from", "note");
        assertThat(table.rows()).containsExactly(List.of("*", "0.75", "a, \"quoted\" note"), List.of("A", "", ""));
        assertThat(table.edited(Map.of("cell-1-1", " 0.9 ", "cell-1-0", "B")).csv())
                .isEqualTo("criterion,met from,note\n*,0.75,\"a, \"\"quoted\"\" note\"\nA,0.9,\n");
    }
}
