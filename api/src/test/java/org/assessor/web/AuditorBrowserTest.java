package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assessor.RuleSetFiles;
import org.assessor.testing.ApiClient;
import org.assessor.testing.Browser;
import org.assessor.testing.DemoDrafts;
import org.assessor.testing.Submissions;
import org.assessor.testing.Tokens;
import org.assessor.testing.WebSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * An auditor in a real headless Chromium, through the real server: the versions list, a broken
 * draft refused with its file and line, a good draft (the fixture with one threshold changed)
 * uploaded through the file inputs, a file read with line numbers, the draft's impact, publishing
 * through the confirmation page, and the audit log. axe finds no WCAG 2.2 AA violation on any of
 * these pages; screenshots go to {@code docs/screens/auditor-*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditorBrowserTest {
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

    private void check(String page, String screen) {
        browser.violations().forEach(v -> violations.add(page + ": " + v));
        if (screen != null) {
            browser.screenshot("auditor-" + screen);
        }
    }

    /** Fills the upload form with the files of {@code folder} and sends it. */
    private void upload(Path folder, String version) throws IOException {
        open("/rulesets/upload");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("questionnaire"))).selectByValue("demo");
        browser.type("version", version);
        try (Stream<Path> top = Files.list(folder); Stream<Path> tests = Files.list(folder.resolve("tests"))) {
            driver.findElement(By.id("files")).sendKeys(top.filter(Files::isRegularFile)
                    .map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining("\n")));
            driver.findElement(By.id("tests")).sendKeys(tests.map(p -> p.toAbsolutePath().toString())
                    .collect(Collectors.joining("\n")));
        }
        browser.submit(By.xpath("//button[normalize-space()='Upload and check']"));
    }

    @Test
    void anAuditorUploadsADraftReadsItsImpactAndPublishesIt() throws IOException {
        String moving = ApiClient.json(SITE.api().post(Tokens.NORTH, "/api/assessments",
                Submissions.standard12("north", "partly", "yes"))).get("id").asText();
        Path work = Files.createTempDirectory("auditor-browser-");
        RuleSetFiles broken = DemoDrafts.copy("1.1.0").replace(DemoDrafts.RATE,
                "criterionId == \"1.2.b\", coverage >= 0.5, applicable > 0, share >= 0.75 )",
                "criterionId == \"1.2.b\", coverage >= 0.5, applicable > 0, share >= 0.75");
        Path brokenFolder = broken.writeTo(work.resolve("broken"));
        Path good = DemoDrafts.metFromHalf("1.1.0").writeTo(work.resolve("good"));

        open("/sign-in");
        browser.type("username", WebSite.AUDITOR);
        browser.type("password", WebSite.PASSWORD);
        browser.submit(By.cssSelector("button[type=submit].nhsuk-button"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Rule sets");
        check("versions", "versions");
        browser.submit(By.linkText("Upload a draft"));
        check("upload form", "upload");

        upload(brokenFolder, "1.1.0");
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertThat(driver.findElement(By.id("problems")).getText()).contains(DemoDrafts.RATE).contains("line ");
        check("upload problems", "upload-problems");

        upload(good, "1.1.0");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Rule set 1.1.0");
        assertThat(driver.getPageSource()).contains("Draft uploaded").contains("passed");
        check("draft", "draft");

        browser.submit(By.linkText(DemoDrafts.RATE));
        assertThat(driver.findElement(By.id("L1")).getText()).startsWith("1");
        check("file", "file");
        browser.submit(By.partialLinkText("Rule set demo 1.1.0"));

        browser.submit(By.linkText("See the impact on stored assessments"));
        assertThat(driver.findElement(By.linkText(moving)).getAttribute("href")).endsWith("/results/" + moving);
        check("impact", "impact");

        browser.submit(By.linkText("Publish this version"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Publish rule set 1.1.0?");
        check("publish confirmation", "publish");
        browser.submit(By.xpath("//button[normalize-space()='Publish version 1.1.0']"));
        assertThat(driver.findElement(By.cssSelector(".nhsuk-summary-list")).getText()).contains("active");

        open("/audit?action=publish");
        assertThat(driver.findElement(By.cssSelector("table")).getText()).contains("demo 1.1.0").contains("replaces 1.0.0");
        check("audit log", "audit");
        assertThat(violations).isEmpty();
    }
}
