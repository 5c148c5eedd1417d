package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.assessor.testing.ApiClient;
import org.assessor.testing.Submissions;
import org.assessor.testing.Tokens;
import org.assessor.testing.WebClient;
import org.assessor.testing.WebSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A peer reviewer rates a site's criteria in the browser; the site's lead then sees the site's
 * self-assessment and the peer review side by side, criterion by criterion.
 */
class PeerPagesTest {
    @RegisterExtension
    static final WebSite SITE = new WebSite();

    @Test
    void aPeerReviewIsRatedOnAFormAndShownBesideTheSitesOwnAssessment() {
        JsonNode self = ApiClient.json(SITE.api().post(Tokens.NORTH, "/api/assessments", Submissions.strong("north")));
        WebClient peer = SITE.client();
        HttpResponse<String> signedIn = peer.signIn(WebSite.PEER, WebSite.PASSWORD);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/peer");
        assertThat(peer.get("/peer").body()).contains("href=\"/peer/demo\"");
        String form = peer.get("/peer/demo").body();
        assertThat(form).contains("name=\"c-1-1-a\"").contains("Partly met");

        HttpResponse<String> missing = peer.post("/peer/demo", Map.of("cycle", "baseline", "c-1-1-a", "met"));
        assertThat(missing.body()).contains("<title>Error: Rate a site").contains("href=\"#site\"");

        Map<String, String> ratings = new HashMap<>(Map.of("site", "north", "cycle", "baseline"));
        for (String c : new String[] {"1.1.a", "1.1.b", "1.1.c", "1.2.a", "1.2.b", "2.1.a", "2.1.b", "2.1.c"}) {
            ratings.put("c-" + c.replace('.', '-'), c.equals("1.2.b") ? "not-met" : "met");
        }
        HttpResponse<String> stored = peer.post("/peer/demo", ratings);
        assertThat(stored.statusCode()).isEqualTo(303);
        String review = stored.headers().firstValue("Location").orElseThrow();
        assertThat(peer.get(review).body()).contains("north").contains("Overall:");

        WebClient lead = SITE.client();
        lead.signIn(WebSite.NORTH_LEAD, WebSite.PASSWORD);
        String result = lead.get("/results/" + self.get("id").asText()).body();
        assertThat(result).contains("Self-assessment and peer review")
                .containsPattern("1\\.2\\.b [^<]*</td>\\s*<td class=\"nhsuk-table__cell\">Met</td><td class=\"nhsuk-table__cell\">Not met</td>\\s*<td class=\"nhsuk-table__cell\">no</td>");
    }
}
