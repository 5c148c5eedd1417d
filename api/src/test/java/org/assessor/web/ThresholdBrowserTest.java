package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.assessor.app.EngineConfig;
import org.assessor.server.ServerConfig;
import org.assessor.testing.Browser;
import org.assessor.testing.WebSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * An auditor changes a threshold of the bundled readiness-for-change rule set in a real headless
 * Chromium and lands on the new draft's impact; axe finds no WCAG 2.2 AA violation on the form or
 * the impact page; screenshots go to {@code docs/screens/auditor-thresholds*.png}.
 */
class ThresholdBrowserTest {
    @RegisterExtension
    static final WebSite SITE = new WebSite(data -> ServerConfig.defaults().withAddress("127.0.0.1", 0)
            .withDataFolder(data).withEngine(EngineConfig.defaults().onlyFor("readiness-for-change")));

    @Test
    void anAuditorChangesAThresholdAndSeesTheNewDraftsImpact() {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(SITE.uri().resolve("/sign-in").toString());
            driver.findElement(By.id("username")).sendKeys(WebSite.AUDITOR);
            driver.findElement(By.id("password")).sendKeys(WebSite.PASSWORD);
            browser.submit(By.cssSelector("button[type=submit].nhsuk-button"));
            driver.get(SITE.uri().resolve("/rulesets/readiness-for-change/1.0.0").toString());
            browser.submit(By.linkText("Change the thresholds as a new version"));
            assertThat(browser.violations()).isEmpty();
            browser.screenshot("auditor-thresholds");

            driver.findElement(By.id("version")).sendKeys("1.2.0");
            driver.findElement(By.id("cell-0-1")).clear();
            driver.findElement(By.id("cell-0-1")).sendKeys("0.8");
            browser.submit(By.xpath("//button[normalize-space()='Check the new version and see its impact']"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Impact on stored assessments");
            assertThat(browser.violations()).isEmpty();
            browser.screenshot("auditor-thresholds-impact");
        }
    }

}
