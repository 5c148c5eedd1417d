package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.assessor.testing.ApiClient;
import org.assessor.testing.Submissions;
import org.assessor.testing.Tokens;
import org.assessor.testing.WebClient;
import org.assessor.testing.WebSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The programme dashboard over plain HTTP, on a real server: the filter selects the rows, the CSV
 * download holds exactly the heat-map's rows, a site lead sees only its own site, a peer reviewer
 * nothing, a bad filter is pointed out, and site names are shown as text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammePagesTest {
    @RegisterExtension
    static final WebSite SITE = new WebSite();
    private static final String PAYLOAD = "<script>alert(1)</script>";
    private String northBaseline;
    private String northFollowUp;
    private String southBaseline;
    private String east;

    @BeforeAll
    void store() {
        northBaseline = stored(Tokens.NORTH, Submissions.strong("north"));
        northFollowUp = stored(Tokens.NORTH, Submissions.weak("north")
                .replace("\"site\": {\"id\": \"north\"}", "\"site\": {\"id\": \"north\"}, \"cycle\": \"follow-up-1\""));
        southBaseline = stored(Tokens.SOUTH, Submissions.weak("south").replace("\"site\": {\"id\": \"south\"}",
                "\"site\": {\"id\": \"south\", \"name\": \"South Vale\"}, \"cycle\": \"baseline\""));
        east = stored(Tokens.ADMIN, Submissions.strong("east").replace("\"name\": \"Site east\"",
                "\"name\": \"" + PAYLOAD.replace("\"", "\\\"") + "\""));
    }

    private static String stored(String token, String body) {
        return ApiClient.json(SITE.api().post(token, "/api/assessments", body)).get("id").asText();
    }

    private static WebClient signedIn(String who) {
        WebClient web = SITE.client();
        web.signIn(who, WebSite.PASSWORD);
        return web;
    }

    @Test
    void aCommissionerFiltersByCycleAndSeesOnlyThoseRows() {
        WebClient web = signedIn(WebSite.COMMISSIONER);
        HttpResponse<String> all = web.get("/programme?questionnaire=demo");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(ProgrammeHeatMapRows.ofPage(all.body()).keySet())
                .containsExactlyInAnyOrder(northBaseline, northFollowUp, southBaseline, east);

        assertThat(ProgrammeHeatMapRows.ofPage(signedIn(WebSite.AUDITOR).get("/programme?questionnaire=demo").body()))
                .as("an auditor sees every site too").hasSize(4);
        String followUps = web.get("/programme?questionnaire=demo&cycle=follow-up-1").body();
        assertThat(ProgrammeHeatMapRows.ofPage(followUps).keySet()).containsExactly(northFollowUp);
        assertThat(all.body()).contains("Trends from one cycle to the next").contains("worse by")
                .contains("This questionnaire gives no readiness verdict or placement.");
        assertThat(followUps).contains("value=\"follow-up-1\"").contains("Pooled standard ratings")
                .contains("Pooled criterion ratings").contains("All standards").contains("Denominator")
                .contains("/results/" + northFollowUp + "#standard-");
    }

    @Test
    void theCsvDownloadHoldsExactlyTheHeatMapsRows() {
        WebClient web = signedIn(WebSite.COMMISSIONER);
        for (String filter : List.of("questionnaire=demo", "questionnaire=demo&cycle=baseline",
                "questionnaire=demo&from=2000-01-01&to=2999-12-31")) {
            Map<String, List<String>> page = ProgrammeHeatMapRows.ofPage(web.get("/programme?" + filter).body());
            HttpResponse<String> csv = web.get("/programme/compare.csv?" + filter);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(page).isNotEmpty();
            assertThat(ProgrammeHeatMapRows.ofCsv(csv.body())).as(filter).isEqualTo(page);
        }
        HttpResponse<byte[]> pdf = web.bytes("/programme/report.pdf?questionnaire=demo&cycle=baseline");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aSiteLeadSeesOnlyItsOwnSite() {
        WebClient web = signedIn(WebSite.NORTH_LEAD);
        String page = web.get("/programme").body();
        assertThat(ProgrammeHeatMapRows.ofPage(page).keySet()).containsExactlyInAnyOrder(northBaseline, northFollowUp);
        assertThat(page).doesNotContain("South Vale").contains("Your site's assessments");
        assertThat(web.get("/rounds").body()).contains("href=\"/programme\"");
        assertThat(ProgrammeHeatMapRows.ofCsv(web.get("/programme/compare.csv?questionnaire=demo").body()).keySet())
                .containsExactlyInAnyOrder(northBaseline, northFollowUp);
    }

    @Test
    void aPeerReviewerIsRefusedAndSomeoneSignedOutIsSentToSignIn() {
        WebClient peer = signedIn(WebSite.PEER);
        HttpResponse<String> page = peer.get("/programme");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("You cannot see this page").doesNotContain("data-assessment");
        assertThat(peer.get("/programme/compare.csv?questionnaire=demo").statusCode()).isEqualTo(403);
        assertThat(peer.bytes("/programme/report.pdf?questionnaire=demo").statusCode()).isEqualTo(403);

        HttpResponse<String> anonymous = SITE.client().get("/programme");
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
        assertThat(SITE.client().get("/programme/compare.csv?questionnaire=demo").statusCode()).isEqualTo(303);
    }

    @Test
    void aBadFilterIsPointedOutAndDownloadsRefuseIt() {
        WebClient web = signedIn(WebSite.COMMISSIONER);
        HttpResponse<String> page = web.get("/programme?questionnaire=nope&from=31%2F12%2F2026&cycle=%3Cb%3E");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Error: Programme dashboard").contains("nhsuk-error-summary")
                .contains("href=\"#questionnaire\"").contains("href=\"#from\"").contains("href=\"#cycle\"")
                .doesNotContain("data-assessment").doesNotContain("<b>").contains("value=\"&lt;b").contains("aria-describedby=\"from-hint from-error\"");
        assertThat(web.get("/programme?questionnaire=demo&from=2026-02-01&to=2026-01-01").body())
                .contains("href=\"#to\"");
        assertThat(web.get("/programme/compare.csv?questionnaire=demo&to=tomorrow").statusCode()).isEqualTo(400);
    }

    @Test
    void roundsInProgressShowTheirResponseRates() {
        org.assessor.testing.Rounds rounds = new org.assessor.testing.Rounds(SITE.api());
        String round = rounds.create(Tokens.NORTH, org.assessor.testing.Rounds.roundBody("north", "follow-up-2", false,
                "{\"board\": 2}"));
        List<String> links = rounds.invite(Tokens.NORTH, round, "[{\"role\": \"board\"}, {\"role\": \"board\"}]")
                .stream().map(l -> l.get("token").asText()).toList();
        rounds.saved(links.get(0), org.assessor.testing.Rounds.FIRST_PART.formatted("yes", "yes"));
        rounds.saved(links.get(0), org.assessor.testing.Rounds.SECOND_PART.formatted("yes", "yes"));
        assertThat(rounds.submit(links.get(0)).statusCode()).isEqualTo(200);

        String page = signedIn(WebSite.COMMISSIONER).get("/programme?questionnaire=demo").body();
        assertThat(page).contains("Rounds in progress").contains("href=\"/rounds/" + round + "\"")
                .contains("1 of 2 (50%)").contains("follow-up-2");
        assertThat(signedIn(WebSite.COMMISSIONER).get("/programme?questionnaire=demo&cycle=baseline").body())
                .doesNotContain("/rounds/" + round);
        assertThat(signedIn(WebSite.SOUTH_LEAD).get("/programme").body()).doesNotContain("/rounds/" + round);
    }

    @Test
    void siteNamesAreShownAsText() {
        String page = signedIn(WebSite.COMMISSIONER).get("/programme?questionnaire=demo").body();
        assertThat(page).doesNotContain(PAYLOAD).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("/results/" + east);
    }
}
