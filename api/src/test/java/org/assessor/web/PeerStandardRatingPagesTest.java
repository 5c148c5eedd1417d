package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.assessor.app.EngineConfig;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.BundledData;
import org.assessor.server.ServerConfig;
import org.assessor.testing.WebClient;
import org.assessor.testing.WebSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A peer reviewer rates a whole standard directly from the evidence on the bundled
 * readiness-for-change 1.1.0 (which declares {@code peerRatesStandards}), as the E-MHIP reviewers
 * did: every criterion of the sign-up A2 is rated met, but the reviewer rates A2 itself not met;
 * that rating stands, and the result says the site is not yet ready because of it.
 */
class PeerStandardRatingPagesTest {
    @RegisterExtension
    static final WebSite SITE = new WebSite(data -> ServerConfig.defaults().withAddress("127.0.0.1", 0)
            .withDataFolder(data).withEngine(EngineConfig.defaults().onlyFor("readiness-for-change")));

    @Test
    void aStandardRatedAsAWholeStandsForItsCriteria() {
        WebClient peer = SITE.client();
        peer.signIn(WebSite.PEER, WebSite.PASSWORD);
        String form = peer.get("/peer/readiness-for-change").body();
        assertThat(form).contains("Standard A2 as a whole (optional)").contains("name=\"c-A2\"")
                .contains("name=\"c-A2-a\"");

        Map<String, String> ratings = new HashMap<>(Map.of("site", "north", "cycle", "baseline", "c-A2", "not-met"));
        QuestionnaireCatalog.load(BundledData.questionnaires()).get("readiness-for-change", "1.1.0").criteria()
                .keySet().forEach(c -> ratings.put("c-" + c.replace('.', '-'), "met"));
        HttpResponse<String> stored = peer.post("/peer/readiness-for-change", ratings);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(303);

        String result = peer.get(stored.headers().firstValue("Location").orElseThrow()).body();
        assertThat(result).contains("Readiness: <strong>Not yet ready</strong>")
                .contains("A2 not met: the decision to join was rushed, imposed or not understood")
                .contains("Suggested placement: <strong>Not yet: should not join yet");
    }
}
