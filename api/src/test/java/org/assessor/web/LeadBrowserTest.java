package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assessor.testing.ApiClient;
import org.assessor.testing.Browser;
import org.assessor.testing.WebSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A site lead runs a round in a real headless Chromium, through the real server: signs in, opens a
 * round (first with mistakes the form points out), invites three people, who answer on their
 * links' pages in the same browser (one saves half-way, leaves and comes back), sees the rating so
 * far, closes the round, reads the result in plain language and downloads the PDF for the board. axe finds no WCAG 2.2 AA violation on any page on the way; screenshots
 * of the main pages go to {@code docs/screens/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadBrowserTest {
    @RegisterExtension
    static final WebSite SITE = new WebSite();
    private Browser browser;
    private WebDriver driver;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private void open(String path) {
        driver.get(SITE.uri().resolve(path).toString());
    }

    private void check(String page) {
        browser.violations().forEach(v -> violations.add(page + ": " + v));
    }

    /**
     * A respondent answers the demo questionnaire on their link's pages with the mouse; the first
     * saves half-way, leaves, and comes back through the link.
     */
    private void answerInTheBrowser(String token, String first, String second, boolean comeBack) {
        open("/respond/" + token);
        browser.submit(By.linkText("Start now"));
        browser.submit(By.linkText("Preconditions"));
        choose("1.1.a.1", first);
        choose("1.1.a.2", "yes");
        choose("1.1.b.1", "4");
        if (comeBack) {
            browser.submit(By.xpath("//button[normalize-space()='Save and come back later']"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your answers have been saved");
            open("/respond/" + token);
            browser.submit(By.linkText("Continue"));
            browser.submit(By.linkText("Preconditions"));
        }
        browser.type("q-1.1.c.1", "2");
        choose("1.1.c.2", "quality");
        choose("1.2.a.1", "partly");
        choose("1.2.b.1", "yes");
        browser.submit(By.xpath("//button[normalize-space()='Save and continue']"));
        choose("2.1.a.1", "yes");
        choose("2.1.b.1", second);
        choose("2.1.c.1", "not-applicable");
        browser.submit(By.xpath("//button[normalize-space()='Save and continue']"));
        browser.submit(By.xpath("//button[normalize-space()='Submit my answers']"));
        assertThat(driver.findElement(By.cssSelector(".nhsuk-panel__title")).getText()).isEqualTo("Answers submitted");
    }

    private void choose(String question, String value) {
        WebElement radio = driver.findElement(By.cssSelector("input[name='" + question + "'][value='" + value + "']"));
        driver.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")).click();
    }

    private void signInAgain() {
        open("/sign-in");
        browser.type("username", WebSite.NORTH_LEAD);
        browser.type("password", WebSite.PASSWORD);
        browser.submit(By.cssSelector("button[type=submit].nhsuk-button"));
    }

    @Test
    void aLeadRunsARoundFromSignInToThePdfForTheirBoard() throws Exception {
        open("/");
        check("start page");
        browser.submit(By.linkText("Sign in"));
        browser.type("username", WebSite.NORTH_LEAD);
        browser.type("password", WebSite.PASSWORD);
        check("sign-in");
        browser.screenshot("lead-sign-in");
        browser.submit(By.cssSelector("button[type=submit].nhsuk-button"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your rounds");
        check("rounds");

        browser.submit(By.linkText("Open a round"));
        browser.submit(By.cssSelector("button.nhsuk-button[type=submit]"));
        assertThat(driver.getTitle()).startsWith("Error: Open a round");
        assertThat(driver.findElement(By.cssSelector(".nhsuk-error-summary")).getText())
                .contains("Enter a cycle").contains("Enter a real closing date");
        check("open a round, with errors");
        browser.screenshot("lead-open-round-errors");
        driver.findElement(By.id("questionnaire")).click();
        browser.type("cycle", "baseline");
        browser.type("closes-day", "31");
        browser.type("closes-month", "1");
        browser.type("closes-year", "2099");
        browser.type("expected-board", "1");
        browser.type("expected-frontline-staff", "2");
        browser.submit(By.cssSelector("button.nhsuk-button[type=submit]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Round: baseline");
        String round = driver.getCurrentUrl().replaceAll(".*/rounds/", "");

        browser.submit(By.linkText("Invite people"));
        check("invite");
        browser.type("people", "board, Asha Patel, asha@north.example\nfrontline-staff, Tom Reid\nfrontline-staff, Jo Lane");
        browser.submit(By.cssSelector("button.nhsuk-button[type=submit]"));
        List<String> tokens = driver.findElements(By.cssSelector(".assessor-link-box")).stream()
                .map(e -> e.getText().replaceAll(".*/respond/", "")).toList();
        assertThat(tokens).hasSize(3);
        check("links");
        browser.screenshot("lead-links");

        driver.manage().deleteAllCookies();
        for (int i = 0; i < tokens.size(); i++) {
            answerInTheBrowser(tokens.get(i), i == 2 ? "no" : "yes", i == 1 ? "no" : "yes", i == 0);
        }
        signInAgain();

        open("/rounds/" + round);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("3 of 3 invited people have submitted");
        check("round");
        browser.screenshot("lead-round");
        browser.submit(By.linkText("See the rating so far"));
        assertThat(driver.findElement(By.cssSelector("main .nhsuk-warning-callout")).getText()).contains("Provisional");
        check("rating so far");

        open("/rounds/" + round + "/close");
        check("close");
        browser.submit(By.cssSelector("button.nhsuk-button--warning"));
        String main = driver.findElement(By.tagName("main")).getText();
        assertThat(main).contains("Overall:").contains("from 3 respondents").contains("Action plan")
                .containsPattern("\\d of 3 respondents rate it (met|partly met|not met)");
        check("result");
        browser.screenshot("lead-result");

        String pdfPath = driver.findElement(By.linkText("Download the report (PDF)")).getAttribute("href");
        Cookie session = driver.manage().getCookieNamed(WebFilter.SESSION);
        HttpResponse<byte[]> pdf = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(pdfPath)).header("Cookie", WebFilter.SESSION + "=" + session.getValue())
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Site north").contains("Respondents 3");
        }
        JsonNode stored = ApiClient.json(SITE.api().get(org.assessor.testing.Tokens.NORTH,
                "/api/rounds/" + round));
        assertThat(stored.get("status").asText()).isEqualTo("closed");

        assertThat(violations).as("axe: WCAG 2.2 AA violations").isEmpty();
    }
}
