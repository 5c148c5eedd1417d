package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assessor.testing.ApiClient;
import org.assessor.testing.Rounds;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.SecuredServer;
import org.assessor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The respondent's pages through the real server with plain HTTP, as a browser without
 * JavaScript uses them: what the start page says, saving part of a section and coming back,
 * refused answers, forms without their CSRF token, check answers, submitting, escaping of what
 * leads and respondents typed, and pages for links and addresses that do not work.
 */
@ExtendWith(SecuredServer.class)
class RespondPagesTest {
    private static final String SITE = "North Mental Health Services";
    /** Answers to every question of the fixture's first section, as form fields. */
    private static final String[] FIRST = {"1.1.a.1", "yes", "1.1.a.2", "not-applicable", "1.1.a.3", "Board minutes",
        "1.1.b.1", "4", "1.1.c.1", "3", "1.1.c.2", "quality", "1.2.a.1", "partly", "1.2.b.1", "dont-know"};
    private static final String[] SECOND = {"2.1.a.1", "yes", "2.1.b.1", "no", "2.1.c.1", "not-applicable"};
    private final SecuredApi api;
    private final RespondFixture fixture;

    RespondPagesTest(SecuredApi api) {
        this.api = api;
        this.fixture = new RespondFixture(api);
    }

    private RespondHttp browser() {
        return new RespondHttp(api.client().base());
    }

    private JsonNode sheet(String link) {
        HttpResponse<byte[]> sheet = fixture.rounds().sheet(link);
        assertThat(sheet.statusCode()).as(ApiClient.text(sheet)).isEqualTo(200);
        return ApiClient.json(sheet);
    }

    @Test
    void theStartPageSaysWhoAsksWhatForHowLongWhoSeesTheAnswersAndUntilWhen() {
        String link = fixture.freshLink(SITE);
        HttpResponse<String> start = browser().get("/respond/" + link);

        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/html"));
        assertThat(start.body()).contains(SITE, "Demonstration questionnaire for engine tests",
                "Small and stable, so engine tests do not depend on the real questionnaires.",
                "There are 11 questions. Answering them takes about 10 minutes.",
                "Your answers are not anonymous", RespondRound.when(RespondFixture.CLOSES),
                "href=\"/respond/" + link + "/tasks\"", ">Start now</a>");
        String csp = start.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self' 'nonce-").doesNotContain("unsafe-inline").doesNotContain(
                "unsafe-eval");
        assertThat(start.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(start.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

        String anonymous = fixture.link(fixture.round(SITE, true, null));
        assertThat(browser().get("/respond/" + anonymous).body()).contains("Your answers are anonymous",
                "Groups of fewer than 3 people are merged").doesNotContain("not anonymous");
    }

    @Test
    void aSharedLinkGivesEachPersonTheirOwnLinkAndSaysToKeepIt() {
        String open = fixture.openLink(fixture.round(SITE, true, null), 2);
        RespondHttp browser = browser();
        HttpResponse<String> start = browser.get("/respond/" + open);
        assertThat(start.body()).contains("This is a shared link for service user respondents",
                "action=\"/respond/" + open + "/start\"", "Get my own link").doesNotContain("Start now");
        assertThat(RespondHttp.location(browser.get("/respond/" + open + "/tasks"))).isEqualTo("/respond/" + open);

        HttpResponse<String> made = browser.post("/respond/" + open + "/start");
        assertThat(made.statusCode()).isEqualTo(303);
        String own = RespondHttp.location(made);
        assertThat(own).matches("/respond/[A-Za-z0-9_-]{43}").isNotEqualTo("/respond/" + open);
        assertThat(browser.get(own).body()).contains("This page has your own link", "Bookmark this page",
                ">Start now</a>");
    }

    @Test
    void savingHalfASectionAndComingBackLaterShowsTheAnswersSelected() {
        String link = fixture.freshLink(SITE);
        RespondHttp first = browser();
        HttpResponse<String> page = first.get("/respond/" + link + "/sections/1");
        assertThat(page.body()).contains("<h1>Preconditions</h1>", "Section 1 of 2", "Save and continue",
                "Save and come back later", "A serious incident or financial crisis in the last year counts.",
                "Enter a number from 0 to 20.");

        HttpResponse<String> later = first.post("/respond/" + link + "/sections/1", "1.1.a.1", "partly",
                "1.1.b.1", "4", "1.1.c.1", "12", "1.1.c.2", "policy", "1.1.a.3", "Board minutes\r\nand audits",
                "_action", "later");
        assertThat(later.statusCode()).isEqualTo(303);
        assertThat(RespondHttp.location(later)).isEqualTo("/respond/" + link + "/saved");
        assertThat(first.get(RespondHttp.location(later)).body()).contains("Your answers have been saved",
                "Use the same link", RespondRound.when(RespondFixture.CLOSES));
        JsonNode saved = sheet(link).get("answers");
        assertThat(saved.get("1.1.b.1").isInt()).as("agreement as an integer").isTrue();
        assertThat(saved.get("1.1.c.1").isNumber()).as("a number as a number").isTrue();
        assertThat(saved.get("1.1.a.3").asText()).isEqualTo("Board minutes\nand audits");
        assertThat(saved.size()).as("empty fields are not answers").isEqualTo(5);

        RespondHttp again = browser();
        String back = again.get("/respond/" + link + "/sections/1").body();
        assertThat(back).contains("name=\"1.1.a.1\" type=\"radio\" value=\"partly\" checked",
                "name=\"1.1.b.1\" type=\"radio\" value=\"4\" checked",
                "name=\"1.1.c.2\" type=\"radio\" value=\"policy\" checked", "value=\"12\"",
                ">Board minutes\nand audits</textarea>");
        assertThat(back).doesNotContain("value=\"yes\" checked");
        String tasks = again.get("/respond/" + link + "/tasks").body();
        assertThat(tasks).containsSubsequence("Preconditions", "In progress", "Planning", "Not started",
                "Check your answers");
        assertThat(again.get("/respond/" + link).body()).contains(">Continue</a>");

        HttpResponse<String> cleared = again.post("/respond/" + link + "/sections/1", "1.1.a.1", "partly",
                "1.1.b.1", "4", "1.1.c.1", "", "1.1.c.2", "policy", "1.1.a.3", "", "_action", "continue");
        assertThat(RespondHttp.location(cleared)).isEqualTo("/respond/" + link + "/sections/2");
        assertThat(sheet(link).get("answers").fieldNames()).toIterable().as("cleared answers are removed")
                .containsExactlyInAnyOrder("1.1.a.1", "1.1.b.1", "1.1.c.2");
    }

    @Test
    void aWrongNumberShowsTheErrorSummaryAndTheFieldErrorAndSavesNothingOfTheForm() {
        String link = fixture.freshLink(SITE);
        RespondHttp browser = browser();
        browser.get("/respond/" + link + "/sections/1");
        HttpResponse<String> refused = browser.post("/respond/" + link + "/sections/1", "1.1.a.1", "yes",
                "1.1.c.1", "25", "1.1.c.2", "finance", "_action", "continue");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("<title>Error: Preconditions - Assessor</title>",
                "class=\"nhsuk-error-summary\" aria-labelledby=\"error-summary-title\" role=\"alert\" tabindex=\"-1\"",
                "<a href=\"#q-1.1.c.1\">Enter a number from 0 to 20</a>",
                "id=\"q-1.1.c.1-error\"><span class=\"nhsuk-u-visually-hidden\">Error:</span>"
                        + " Enter a number from 0 to 20",
                "aria-describedby=\"q-1.1.c.1-hint q-1.1.c.1-error\"", "value=\"25\"",
                "name=\"1.1.a.1\" type=\"radio\" value=\"yes\" checked");
        assertThat(sheet(link).get("answers")).as("nothing of the form is saved").isEmpty();

        HttpResponse<String> notANumber = browser.post("/respond/" + link + "/sections/1", "1.1.c.1", "lots");
        assertThat(notANumber.body()).contains("Enter a number from 0 to 20", "value=\"lots\"");
        assertThat(sheet(link).get("answers")).isEmpty();

        HttpResponse<String> typedWithUnit = browser.post("/respond/" + link + "/sections/1", "1.1.c.1", " 1,2 ",
                "1.1.b.1", "dont-know", "_action", "later");
        assertThat(typedWithUnit.body()).contains("Enter a number from 0 to 20");
        HttpResponse<String> numberWinsOverDontKnow = browser.post("/respond/" + link + "/sections/1", "1.1.c.1",
                " 7 ", "1.1.c.1", "dont-know", "_action", "later");
        assertThat(numberWinsOverDontKnow.statusCode()).isEqualTo(303);
        assertThat(sheet(link).get("answers").get("1.1.c.1").asInt()).isEqualTo(7);
    }

    @Test
    void aFormWithoutItsTokenIsRefusedWith403AndChangesNothing() {
        String link = fixture.freshLink(SITE);
        RespondHttp browser = browser();
        browser.get("/respond/" + link + "/sections/1");
        HttpResponse<String> none = browser.postRaw("/respond/" + link + "/sections/1", "1.1.a.1", "yes");
        HttpResponse<String> wrong = browser.postRaw("/respond/" + link + "/sections/1", "_csrf",
                "x".repeat(43), "1.1.a.1", "yes");
        HttpResponse<String> submit = browser.postRaw("/respond/" + link + "/check");

        assertThat(List.of(none.statusCode(), wrong.statusCode(), submit.statusCode())).containsOnly(403);
        assertThat(none.body()).contains("This form has expired").doesNotContain(link);
        assertThat(sheet(link).get("answers")).isEmpty();
        assertThat(sheet(link).get("status").asText()).isEqualTo("invited");
    }

    @Test
    void checkAnswersShowsWhatIsNotAnsweredAndSubmittingListsEachMissingQuestion() {
        String link = fixture.freshLink(SITE);
        RespondHttp browser = browser();
        browser.get("/respond/" + link + "/sections/1");
        browser.post("/respond/" + link + "/sections/1", "1.1.a.1", "yes", "1.1.b.1", "5", "1.1.c.1", "0");

        String check = browser.get("/respond/" + link + "/check").body();
        assertThat(check).contains("Check your answers before submitting", "Yes", "5 – Strongly agree",
                "Not answered", "Not answered (optional)",
                "href=\"/respond/" + link + "/sections/1#q-1.1.a.2\">Change<span class=\"nhsuk-u-visually-hidden\">"
                        + " your answer to: Is there a recovery plan for any recent crisis?</span>",
                "href=\"/respond/" + link + "/sections/2#q-2.1.c.1\"", "Submit my answers");

        HttpResponse<String> refused = browser.post("/respond/" + link + "/check");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("<title>Error: Check your answers - Assessor</title>",
                "There is a problem",
                "<a href=\"/respond/" + link + "/sections/1#q-1.1.a.2\">Answer: Is there a recovery plan for any"
                        + " recent crisis?</a>",
                "<a href=\"/respond/" + link + "/sections/2#q-2.1.c.1\">Answer: Is service-user involvement"
                        + " funded?</a>")
                .doesNotContain("#q-1.1.a.1\">Answer", "#q-1.1.a.3\">Answer");
        assertThat(sheet(link).get("submitted").asBoolean()).isFalse();
    }

    @Test
    void aWholeJourneySubmitsTheAnswersAndShowsTheConfirmation() {
        String link = fixture.freshLink(SITE);
        String base = "/respond/" + link;
        RespondHttp browser = browser();
        assertThat(browser.get(base).statusCode()).isEqualTo(200);
        assertThat(browser.get(base + "/tasks").body()).contains("You have answered 0 of 10 questions");
        browser.get(base + "/sections/1");

        HttpResponse<String> first = browser.post(base + "/sections/1", FIRST);
        assertThat(RespondHttp.location(first)).isEqualTo(base + "/sections/2");
        HttpResponse<String> second = browser.post(base + "/sections/2", SECOND);
        assertThat(RespondHttp.location(second)).isEqualTo(base + "/check");
        assertThat(browser.get(base + "/tasks").body()).contains("You have answered 10 of 10 questions",
                "Ready to submit").doesNotContain("In progress", "Not started");
        assertThat(browser.get(base + "/check").body()).contains("Not applicable", "I don't know", "Partly",
                "Improving the quality of care", "Board minutes").doesNotContain(">Not answered<");

        HttpResponse<String> submitted = browser.post(base + "/check");
        assertThat(submitted.statusCode()).isEqualTo(303);
        assertThat(RespondHttp.location(submitted)).isEqualTo(base + "/done");
        assertThat(browser.get(base + "/done").body()).contains("<h1 class=\"nhsuk-panel__title\">Answers submitted",
                "What happens next", "reopen your answers");
        assertThat(sheet(link).get("submitted").asBoolean()).isTrue();

        assertThat(browser.get(base).body()).contains("You have submitted your answers").doesNotContain("Start now");
        assertThat(RespondHttp.location(browser.get(base + "/sections/1"))).isEqualTo(base + "/done");
        HttpResponse<String> late = browser.post(base + "/sections/1", "1.1.a.1", "no");
        assertThat(RespondHttp.location(late)).isEqualTo(base + "/done");
        assertThat(sheet(link).get("answers").get("1.1.a.1").asText()).isEqualTo("yes");
    }

    @Test
    void whatLeadsAndRespondentsTypeIsEscapedOnEveryPage() {
        String attack = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
        String link = fixture.freshLink("North " + attack);
        String base = "/respond/" + link;
        RespondHttp browser = browser();
        browser.get(base + "/sections/1");
        List<String> seen = new java.util.ArrayList<>();
        seen.add(browser.get(base).body());
        seen.add(browser.post(base + "/sections/1", "1.1.a.3", attack, "1.1.c.1", attack).body());
        browser.post(base + "/sections/1", "1.1.a.3", attack, "_action", "later");
        for (String page : List.of("", "/tasks", "/sections/1", "/sections/2", "/saved", "/check")) {
            seen.add(browser.get(base + page).body());
        }
        browser.post(base + "/sections/1", FIRST[0], FIRST[1], FIRST[2], FIRST[3], FIRST[6], FIRST[7], FIRST[8],
                FIRST[9], FIRST[10], FIRST[11], FIRST[12], FIRST[13], FIRST[14], FIRST[15]);
        browser.post(base + "/sections/2", SECOND);
        browser.post(base + "/check");
        seen.add(browser.get(base + "/done").body());
        seen.add(browser.get(base).body());

        String text = "&lt;script&gt;alert(1)&lt;/script&gt;\"&gt;&lt;img src=x onerror=alert(1)&gt;";
        for (String page : seen) {
            assertThat(page).doesNotContain("<script>alert", "<img src=x", "\"><img");
        }
        for (int i : new int[] {0, 2, 7, 8, 9}) {
            assertThat(seen.get(i)).as("page %d shows the site's name as text", i).contains("North " + text);
        }
        assertThat(seen.get(1)).as("the refused form, as typed").contains(">" + text + "</textarea>",
                "value=\"&lt;script>alert(1)&lt;/script>&#34;>&lt;img src=x onerror=alert(1)>\"");
        assertThat(seen.get(4)).as("the saved answer").contains(">" + text + "</textarea>");
        assertThat(seen.get(7)).as("check answers").contains(text + "<br>");
    }

    @Test
    void linksAndAddressesThatDoNotWorkGetPagesThatNeverRepeatTheLink() {
        String link = fixture.freshLink(SITE);
        HttpResponse<String> noSection = browser().get("/respond/" + link + "/sections/9");
        assertThat(noSection.statusCode()).isEqualTo(404);
        assertThat(noSection.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(noSection.body()).contains("Page not found", "href=\"/respond/" + link + "/tasks\"");

        String unknown = "A".repeat(43);
        HttpResponse<String> noLink = browser().get("/respond/" + unknown);
        assertThat(noLink.statusCode()).isEqualTo(404);
        assertThat(noLink.body()).contains("This link does not work", "it may be mistyped").doesNotContain(unknown);

        String later = fixture.link(fixture.round(SITE, false, Instant.now().plus(1, ChronoUnit.DAYS)));
        HttpResponse<String> notOpen = browser().get("/respond/" + later + "/tasks");
        assertThat(notOpen.statusCode()).isEqualTo(409);
        assertThat(notOpen.body()).contains("This questionnaire is not open yet", "Come back when it opens")
                .doesNotContain(later);
        assertThat(notOpen.headers().firstValue("Content-Security-Policy").orElseThrow())
                .doesNotContain("unsafe-inline");
    }

    @Test
    void aClosedRoundSaysSoOnAPage() {
        String round = fixture.round(SITE, false, null);
        String link = fixture.link(round);
        fixture.rounds().saved(link, Rounds.FIRST_PART.formatted("yes", "no"));
        fixture.rounds().saved(link, Rounds.SECOND_PART.formatted("partly", "yes"));
        assertThat(fixture.rounds().submit(link).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> closed = api.post(Tokens.NORTH, "/api/rounds/" + round + "/close", null);
        assertThat(closed.statusCode()).as(ApiClient.text(closed)).isEqualTo(201);

        for (String page : List.of("", "/tasks", "/sections/1", "/check", "/done")) {
            HttpResponse<String> late = browser().get("/respond/" + link + page);
            assertThat(late.statusCode()).as(page).isEqualTo(409);
            assertThat(late.body()).contains("This questionnaire has closed", "takes no more answers")
                    .doesNotContain(link);
        }
    }
}
