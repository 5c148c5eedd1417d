package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.assessor.testing.ApiClient;
import org.assessor.testing.Browser;
import org.assessor.testing.Submissions;
import org.assessor.testing.Tokens;
import org.assessor.testing.WebClient;
import org.assessor.testing.WebSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * A commissioner uses the programme dashboard in a real headless Chromium: signs in, filters the
 * heat-map (first with a date the form points out), opens a site's result from it, and downloads
 * the comparison on screen as CSV with the browser's session. axe finds no WCAG 2.2 AA violation,
 * with or without filter errors; the screenshot (a tall window, so the heat-map shows) goes to
 * {@code docs/screens/programme-dashboard.png}.
 * Also a programme bigger than a page is paged (the next page's link works in the browser, axe-clean)
 * and the CSV holds every page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeBrowserTest {
    @RegisterExtension
    static final WebSite SITE = new WebSite();
    private Browser browser;
    private WebDriver driver;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    void start() {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private static String stored(String token, String body) {
        return ApiClient.json(SITE.api().post(token, "/api/assessments", body)).get("id").asText();
    }

    private void check(String page) {
        browser.violations().forEach(v -> violations.add(page + ": " + v));
    }

    /** Signs the commissioner in, unless the browser already is. */
    private void signIn() {
        driver.get(SITE.uri().resolve("/sign-in").toString());
        if (driver.findElements(By.id("username")).isEmpty()) {
            return;
        }
        browser.type("username", WebSite.COMMISSIONER);
        browser.type("password", WebSite.PASSWORD);
        browser.submit(By.cssSelector("button[type=submit].nhsuk-button"));
    }

    @Test
    void aCommissionerFiltersTheHeatMapOpensASiteAndDownloadsTheComparison() throws Exception {
        String north = stored(Tokens.NORTH, Submissions.strong("north"));
        stored(Tokens.NORTH, Submissions.weak("north")
                .replace("\"site\": {\"id\": \"north\"}", "\"site\": {\"id\": \"north\"}, \"cycle\": \"follow-up-1\""));
        stored(Tokens.SOUTH, Submissions.standard12("south", "partly", "no")
                .replace("\"site\": {\"id\": \"south\"}", "\"site\": {\"id\": \"south\", \"name\": \"South Vale\"}, \"cycle\": \"baseline\""));

        signIn();
        driver.get(SITE.uri().resolve("/programme").toString());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Programme dashboard");
        assertThat(driver.findElements(By.cssSelector("tr[data-assessment]"))).hasSize(3);
        check("dashboard");

        browser.type("from", "31/12/2026");
        browser.submit(By.cssSelector("form.assessor-filter button[type=submit]"));
        assertThat(driver.getTitle()).startsWith("Error: Programme dashboard");
        assertThat(driver.findElement(By.cssSelector(".nhsuk-error-summary")).getText()).contains("'from' date");
        check("dashboard with filter errors");

        browser.type("from", "");
        browser.type("cycle", "baseline");
        browser.submit(By.cssSelector("form.assessor-filter button[type=submit]"));
        assertThat(driver.getTitle()).startsWith("Programme dashboard");
        assertThat(driver.findElements(By.cssSelector("tr[data-assessment]"))).hasSize(2);
        assertThat(driver.findElement(By.cssSelector("table.assessor-heat-map")).getText()).contains("South Vale")
                .doesNotContain("follow-up-1");
        check("filtered dashboard");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1900));
        browser.screenshot("programme-dashboard");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1000));

        String csvPath = driver.findElement(By.partialLinkText("CSV")).getAttribute("href");
        Cookie session = driver.manage().getCookieNamed(WebFilter.SESSION);
        HttpResponse<String> csv = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(csvPath)).header("Cookie", WebFilter.SESSION + "=" + session.getValue())
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(ProgrammeHeatMapRows.ofCsv(csv.body())).isEqualTo(ProgrammeHeatMapRows.ofPage(driver.getPageSource()));

        browser.submit(By.cssSelector("tr[data-assessment='/results/" + north + "'] th a"));
        assertThat(driver.getCurrentUrl()).endsWith("/results/" + north);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Site north");
        assertThat(violations).as("axe: WCAG 2.2 AA violations").isEmpty();
    }

    @Test
    void aProgrammeBiggerThanAPageIsPagedAndPooledOverEveryPage() {
        int sites = ProgrammeHeatMap.PAGE_SIZE + 2;
        for (int i = 0; i < sites; i++) {
            stored(Tokens.ADMIN, Submissions.strong("bulk-" + i).replace("baseline", "paging"));
        }
        WebClient web = SITE.client();
        web.signIn(WebSite.COMMISSIONER, WebSite.PASSWORD);
        String first = web.get("/programme?questionnaire=demo&cycle=paging").body();
        assertThat(ProgrammeHeatMapRows.ofPage(first)).hasSize(ProgrammeHeatMap.PAGE_SIZE);
        assertThat(first).contains("page 1 of 2").contains("href=\"/programme?questionnaire=demo&amp;cycle=paging&amp;page=2\"");
        String second = web.get("/programme?questionnaire=demo&cycle=paging&page=2").body();
        assertThat(ProgrammeHeatMapRows.ofPage(second)).hasSize(2);
        assertThat(second).contains("Previous");
        var csv = ProgrammeHeatMapRows.ofCsv(web.get("/programme/compare.csv?questionnaire=demo&cycle=paging").body());
        assertThat(csv).hasSize(sites);

        signIn();
        driver.get(SITE.uri().resolve("/programme?questionnaire=demo&cycle=paging").toString());
        browser.submit(By.cssSelector(".nhsuk-pagination__link--next"));
        assertThat(driver.findElements(By.cssSelector("tr[data-assessment]"))).hasSize(2);
        List<String> found = browser.violations();
        assertThat(found).as("axe: WCAG 2.2 AA violations on a second page").isEmpty();
    }
}
