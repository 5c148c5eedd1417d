package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.assessor.testing.ApiClient;
import org.assessor.testing.Browser;
import org.assessor.testing.SecuredApi;
import org.assessor.testing.SecuredServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The respondent's journey in a real headless Chromium, one browser for the class: one person
 * answers the whole {@code demo} questionnaire with the mouse, saving half-way and coming back
 * through their link with no cookies; another with the keyboard alone, and axe checks every page
 * of that journey against WCAG 2.2 AA. Screenshots of the main pages go to {@code docs/screens}.
 * Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian's chromium and
 * chromium-driver) and fails, saying so, without them.
 */
@ExtendWith(SecuredServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RespondBrowserTest {
    private final SecuredApi api;
    private final RespondFixture fixture;
    private Browser browser;
    private WebDriver driver;

    RespondBrowserTest(SecuredApi api) {
        this.api = api;
        this.fixture = new RespondFixture(api);
    }

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void withTheMouseSavingHalfWayAndComingBackThroughTheLinkWithNoCookies() {
        String link = fixture.freshLink("North Mental Health Services");
        open("/respond/" + link);
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Demonstration questionnaire for engine tests");
        screenshot("start");
        driver.findElement(By.linkText("Start now")).click();
        awaitPath("/respond/" + link + "/tasks");
        screenshot("tasks");
        driver.findElement(By.linkText("Preconditions")).click();
        awaitPath("/respond/" + link + "/sections/1");
        choose("1.1.a.1", "yes");
        choose("1.1.a.2", "not-applicable");
        choose("1.1.b.1", "4");
        screenshot("question");
        driver.findElement(By.xpath("//button[normalize-space()='Save and come back later']")).click();
        awaitPath("/respond/" + link + "/saved");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your answers have been saved");

        driver.manage().deleteAllCookies();
        open("/respond/" + link);
        driver.findElement(By.linkText("Continue")).click();
        awaitPath("/respond/" + link + "/tasks");
        assertThat(driver.findElement(By.id("task-1-status")).getText()).isEqualTo("In progress");
        driver.findElement(By.linkText("Preconditions")).click();
        awaitPath("/respond/" + link + "/sections/1");
        assertThat(radio("1.1.a.1", "yes").isSelected()).as("saved answers are selected again").isTrue();
        assertThat(radio("1.1.a.2", "not-applicable").isSelected()).isTrue();
        assertThat(radio("1.1.b.1", "4").isSelected()).isTrue();
        type("1.1.a.3", "Board minutes, March");
        type("1.1.c.1", "25");
        choose("1.1.c.2", "quality");
        choose("1.2.a.1", "partly");
        choose("1.2.b.1", "dont-know");
        saveAndContinue();
        awaitTitle("Error: Preconditions - Assessor");
        assertThat(driver.findElement(By.cssSelector(".nhsuk-error-summary")).getText())
                .contains("Enter a number from 0 to 20");
        screenshot("error");
        driver.findElement(By.linkText("Enter a number from 0 to 20")).click();
        WebElement number = driver.findElement(By.id("q-1.1.c.1"));
        number.clear();
        number.sendKeys("3");
        saveAndContinue();
        awaitPath("/respond/" + link + "/sections/2");
        choose("2.1.a.1", "yes");
        choose("2.1.b.1", "no");
        choose("2.1.c.1", "not-applicable");
        saveAndContinue();
        awaitPath("/respond/" + link + "/check");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Board minutes, March", "4 – Agree",
                "Improving the quality of care").doesNotContain("Not answered");
        screenshot("check");
        driver.findElement(By.xpath("//button[normalize-space()='Submit my answers']")).click();
        awaitPath("/respond/" + link + "/done");
        assertThat(driver.findElement(By.cssSelector(".nhsuk-panel__title")).getText()).isEqualTo("Answers submitted");
        screenshot("confirmation");
        assertThat(ApiClient.json(fixture.rounds().sheet(link)).get("submitted").asBoolean()).isTrue();
    }

    @Test
    void withTheKeyboardAloneAndEveryPageFreeOfWcagViolations() {
        String link = fixture.freshLink("South Mental Health Services");
        String base = "/respond/" + link;
        driver.manage().deleteAllCookies();
        open(base);
        assertAccessible("start");
        tabTo(link("Start now")).sendKeys(Keys.ENTER);
        awaitPath(base + "/tasks");
        assertAccessible("task list");
        tabTo(link("Preconditions")).sendKeys(Keys.ENTER);
        awaitPath(base + "/sections/1");
        assertAccessible("question page");

        pick("1.1.a.1", 0);
        pick("1.1.a.2", 1);
        tabTo(named("1.1.a.3")).sendKeys("Incident reviews");
        pick("1.1.b.1", 4);
        tabTo(named("1.1.c.1")).sendKeys("25");
        pick("1.1.c.2", 1);
        pick("1.2.a.1", 2);
        pick("1.2.b.1", 3);
        tabTo(button("Save and continue")).sendKeys(Keys.ENTER);
        awaitTitle("Error: Preconditions - Assessor");
        assertThat(active().getAttribute("class")).as("the error summary takes focus").contains("nhsuk-error-summary");
        assertAccessible("question page with errors");
        WebElement number = tabTo(named("1.1.c.1"));
        number.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, "2");
        tabTo(button("Save and continue")).sendKeys(Keys.ENTER);
        awaitPath(base + "/sections/2");

        pick("2.1.a.1", 1);
        pick("2.1.b.1", 0);
        pick("2.1.c.1", 4);
        tabTo(button("Save and continue")).sendKeys(Keys.ENTER);
        awaitPath(base + "/check");
        assertAccessible("check answers");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Partly", "5 – Strongly agree",
                "Incident reviews", "National policy or targets", "I don't know", "Not applicable");

        tabTo(button("Submit my answers")).sendKeys(Keys.ENTER);
        awaitPath(base + "/done");
        assertAccessible("confirmation");
        assertThat(ApiClient.json(fixture.rounds().sheet(link)).get("answers").get("1.1.c.1").asInt()).isEqualTo(2);
    }

    /**
     * Tabs into the radio group {@code question} (landing on its first radio) and picks the
     * {@code index}th radio with Space or the arrow keys.
     */
    private void pick(String question, int index) {
        WebElement first = tabTo(named(question));
        assertThat(first.getAttribute("id")).as("tabbing into %s lands on its first radio", question)
                .isEqualTo("q-" + question);
        if (index == 0) {
            first.sendKeys(Keys.SPACE);
        }
        for (int i = 0; i < index; i++) {
            active().sendKeys(Keys.ARROW_DOWN);
        }
        assertThat(active().isSelected()).isTrue();
        assertThat(active().getAttribute("id"))
                .isEqualTo(index == 0 ? "q-" + question : "q-" + question + "-" + (index + 1));
    }

    /** Presses Tab on whatever has focus until {@code target} has it; fails after 120 presses. */
    private WebElement tabTo(Predicate<WebElement> target) {
        for (int i = 0; i < 120; i++) {
            WebElement focused = active();
            if (!focused.getTagName().equals("body") && target.test(focused)) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the element looked for on " + driver.getTitle());
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }

    private static Predicate<WebElement> link(String text) {
        return e -> e.getTagName().equals("a") && e.getText().strip().equals(text);
    }

    private static Predicate<WebElement> button(String text) {
        return e -> e.getTagName().equals("button") && e.getText().strip().equals(text);
    }

    private static Predicate<WebElement> named(String name) {
        return e -> name.equals(e.getAttribute("name"));
    }

    private WebElement radio(String question, String value) {
        return driver.findElement(By.cssSelector("input[name='" + question + "'][value='" + value + "']"));
    }

    /** Clicks the label of {@code question}'s radio {@code value}, as a person with a mouse does. */
    private void choose(String question, String value) {
        WebElement radio = radio(question, value);
        driver.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")).click();
        assertThat(radio.isSelected()).as("%s = %s", question, value).isTrue();
    }

    private void type(String question, String text) {
        WebElement box = driver.findElement(By.id("q-" + question));
        box.click();
        box.clear();
        box.sendKeys(text);
    }

    private void saveAndContinue() {
        driver.findElement(By.xpath("//button[normalize-space()='Save and continue']")).click();
    }

    private void open(String path) {
        driver.get(api.client().base().resolve(path).toString());
    }

    private void awaitPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).withMessage(() -> "expected to reach " + path.replaceAll(
                "/respond/[^/]+", "/respond/{link}") + ", at " + driver.getTitle())
                .until(d -> URI.create(d.getCurrentUrl()).getPath().equals(path)
                        && "complete".equals(((JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
    }

    private void awaitTitle(String title) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).withMessage(() -> "expected the title " + title + ", not "
                + driver.getTitle()).until(d -> title.equals(d.getTitle()));
    }

    private void assertAccessible(String page) {
        assertThat(browser.violations()).as("WCAG 2.2 AA violations on the %s page", page).isEmpty();
    }

    private void screenshot(String name) {
        browser.screenshot("respond-" + name);
    }
}
