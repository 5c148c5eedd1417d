package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.assessor.testing.ApiClient;
import org.assessor.testing.Rounds;
import org.assessor.testing.Tokens;
import org.assessor.testing.WebClient;
import org.assessor.testing.WebSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The lead's pages over plain HTTP: what a lead may not see looks like nothing, pages need a
 * session, and text people typed (site names, invitees' names, evidence) is shown as text on every
 * page, never as markup.
 */
class LeadPagesTest {
    @RegisterExtension
    static final WebSite SITE = new WebSite();
    private static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(2)>",
            "javascript:alert(3)");

    @Test
    void textPeopleTypedIsShownAsTextOnEveryLeadPage() {
        String payload = String.join(" ", PAYLOADS);
        String body = Rounds.roundBody("north", "xss", false, "{\"board\": 2}")
                .replace("\"name\": \"north Mental Health Services\"", "\"name\": " + quoted(payload));
        Rounds rounds = new Rounds(SITE.api());
        String round = rounds.create(Tokens.NORTH, body);
        List<String> links = rounds.invite(Tokens.NORTH, round, "[{\"role\": \"board\", \"name\": " + quoted(payload)
                + "}, {\"role\": \"board\"}]").stream().map(l -> l.get("token").asText()).toList();
        for (String link : links) {
            rounds.saved(link, Rounds.FIRST_PART.formatted("yes", "yes").replace("Board minutes", payload.replace("\"", "'")));
        }
        rounds.saved(links.get(0), Rounds.SECOND_PART.formatted("yes", "yes"));
        assertThat(rounds.submit(links.get(0)).statusCode()).isEqualTo(200);

        WebClient web = SITE.client();
        web.signIn(WebSite.NORTH_LEAD, WebSite.PASSWORD);
        String roundPage = web.get("/rounds/" + round).body();
        String list = web.get("/rounds").body();
        String rating = web.get("/rounds/" + round + "/rating").body();
        String invite = web.post("/rounds/" + round + "/invite", Map.of("people", "board, " + payload)).body();
        for (String page : List.of(roundPage, list, rating, invite)) {
            assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
        assertThat(web.post("/rounds/" + round + "/close", Map.of()).statusCode()).isEqualTo(303);
    }

    @Test
    void anotherSitesRoundOrResultLooksLikeNothingAndPagesNeedASession() {
        String south = new Rounds(SITE.api()).create(Tokens.SOUTH, Rounds.roundBody("south", "private", false,
                "{\"board\": 1}"));
        WebClient north = SITE.client();
        north.signIn(WebSite.NORTH_LEAD, WebSite.PASSWORD);
        HttpResponse<String> other = north.get("/rounds/" + south);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("Page not found").doesNotContain("private");
        assertThat(north.get("/rounds").body()).doesNotContain(south);
        String southAssessment = ApiClient.json(SITE.api().post(Tokens.SOUTH, "/api/assessments",
                org.assessor.testing.Submissions.strong("south"))).get("id").asText();
        assertThat(north.get("/results/" + southAssessment).statusCode()).isEqualTo(404);
        assertThat(north.bytes("/results/" + southAssessment + "/report.pdf").statusCode()).isEqualTo(404);

        WebClient commissioner = SITE.client();
        commissioner.signIn(WebSite.COMMISSIONER, WebSite.PASSWORD);
        assertThat(commissioner.get("/rounds/" + south).statusCode()).as("a commissioner sees every site").isEqualTo(200);

        HttpResponse<String> anonymous = SITE.client().get("/rounds/" + south);
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
        assertThat(SITE.client().get("/sign-in?ended=1").body()).contains("signed out after 30 minutes");

        HttpResponse<String> nowhere = north.get("/rounds/" + south + "/nothing-here");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(nowhere.body()).contains("<title>Page not found - Assessor</title>");
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
