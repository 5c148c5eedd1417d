package org.assessor.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs) for page tests: one per test class, with axe for WCAG 2.2 AA checks
 * and screenshots for {@code docs/screens/}. Fails with what to install if the browser is missing.
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots go: the repository's docs/screens (tests run in the api module's folder). */
    public static final Path SCREENS = Path.of("../docs/screens");
    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    /** Starts headless Chromium at 1200x1000. */
    public static Browser start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("the browser tests need Chromium and its driver at " + CHROMIUM + " and "
                    + DRIVER + ": apt-get install -y chromium chromium-driver (.ci/run does)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1200, 1000));
        return new Browser(driver);
    }

    /** The driver. */
    public WebDriver driver() {
        return driver;
    }

    /** The WCAG 2.2 AA violations axe finds on the current page, one line each (empty if none). */
    public List<String> violations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe did not run: " + results.getErrorMessage());
        }
        return results.getViolations().stream().map(Browser::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getHelp() + ") at " + rule.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    /**
     * Clicks {@code target} and waits (up to a minute, a loaded machine included) for the next page:
     * every page has a new CSP nonce, so a complete document with another nonce is the next one.
     */
    public void submit(By target) {
        String before = nonce();
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
                .until(d -> !before.equals(nonce()) && "complete".equals(((JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
    }

    /** Replaces the text in the field with id {@code id} by {@code text}. */
    public void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String nonce() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "var s = document.querySelector('script[nonce]'); return s ? s.nonce : '';"));
    }

    /** Saves the current page as {@code docs/screens/<name>.png}. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENS);
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
            Files.write(SCREENS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

}
