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
 * A peer reviewer rates a site on the bundled readiness-for-change 1.1.0 in a real headless
 * Chromium, rating the sign-up standard A2 as a whole; axe finds no WCAG 2.2 AA violation on the
 * form (with its optional whole-standard radio groups) or on the result, which names the
 * standard that decided the verdict. Screenshot: {@code docs/screens/peer-standard-rating.png}.
 */
class PeerBrowserTest {
    @RegisterExtension
    static final WebSite SITE = new WebSite(data -> ServerConfig.defaults().withAddress("127.0.0.1", 0)
            .withDataFolder(data).withEngine(EngineConfig.defaults().onlyFor("readiness-for-change")));

    @Test
    void aPeerRatesAWholeStandardAndTheResultSaysItDecided() {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(SITE.uri().resolve("/sign-in").toString());
            driver.findElement(By.id("username")).sendKeys(WebSite.PEER);
            driver.findElement(By.id("password")).sendKeys(WebSite.PASSWORD);
            browser.submit(By.cssSelector("button[type=submit].nhsuk-button"));
            driver.get(SITE.uri().resolve("/peer/readiness-for-change").toString());
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Readiness for change");
            assertThat(browser.violations()).isEmpty();
            browser.screenshot("peer-standard-rating");

            browser.type("site", "north");
            browser.type("cycle", "baseline");
            driver.findElement(By.cssSelector("label[for='c-A2-not-met']")).click();
            driver.findElement(By.cssSelector("label[for='c-A2-a']")).click();
            browser.submit(By.xpath("//button[normalize-space()='Submit the review']"));
            assertThat(driver.getPageSource()).contains("A2 not met: the decision to join was rushed");
            assertThat(browser.violations()).isEmpty();
        }
    }
}
