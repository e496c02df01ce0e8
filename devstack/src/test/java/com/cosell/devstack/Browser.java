package com.cosell.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium for end-to-end tests. A machine without it fails the test, never skips it. */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    /** Where this browser saves downloads, without asking (its own empty directory). */
    final Path downloads;

    private final WebDriverWait wait;
    private final Path profile;

    Browser(String language) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver fonts-nanum); .ci/run installs them.");
        }
        profile = Files.createTempDirectory("cosell-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--window-size=1400,900",
                        "--lang=" + language,
                        // Several browsers at once on a busy machine: none may slow its timers (Vaadin's
                        // heartbeats, which carry presence) as if it were in the background.
                        "--disable-background-timer-throttling",
                        "--disable-renderer-backgrounding",
                        "--disable-backgrounding-occluded-windows",
                        "--user-data-dir=" + profile);
        downloads = Files.createTempDirectory("cosell-downloads-");
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "intl.accept_languages",
                        language,
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // Headless Chromium ignores the download preference unless told through the DevTools protocol too.
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    /** Waits for a finished download whose name ends with {@code suffix}, and returns it. */
    Path awaitDownload(String suffix, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** The browser says it is in this time zone (as a person's browser abroad would). */
    void inTimeZone(String zoneId) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zoneId));
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement await(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Opens a workspace page and signs in on Keycloak's page it leads to (the demo users' password is their name). */
    void signInAt(String url, String user) {
        open(url);
        signInAtKeycloak(user, user);
    }

    /** Fills and submits Keycloak's login form, which must be showing. */
    void signInAtKeycloak(String user, String password) {
        await(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Types into the input inside a Vaadin field (the field's id). */
    void type(String fieldId, String text) {
        WebElement input = await(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> text.equals(input.getDomProperty("value")));
    }

    /** Types a date the way a person does and commits it with Enter, which also closes the calendar. */
    void typeDate(String fieldId, String text) {
        type(fieldId, text);
        driver.findElement(By.cssSelector("#" + fieldId + " input")).sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    /** Types into a combo box and clicks the first suggestion, as a person would. */
    void choose(String comboId, String text) {
        WebElement input = await(By.cssSelector("#" + comboId + " input"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(i -> i.isDisplayed() && i.getText().contains(text)));
        driver.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().contains(text))
                .findFirst()
                .orElseThrow()
                .click();
        wait.until(d -> d.findElement(By.id(comboId)).getDomAttribute("opened") == null);
    }

    /** Opens the {@code vaadin-select} and picks the item whose text contains {@code text}. */
    void select(String selectId, String text) {
        WebElement select = await(By.id(selectId));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
        select.click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .anyMatch(i -> i.isDisplayed() && i.getText().contains(text)));
        driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().contains(text))
                .findFirst()
                .orElseThrow()
                .click();
        wait.until(d -> d.findElement(By.id(selectId)).getDomAttribute("opened") == null);
    }

    /** Clicks as a person does: scrolled to the middle first, so no dialog footer or toast covers it. */
    void click(String id) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Waits until the element's text contains {@code text}; returns how long that took. */
    Duration awaitText(By by, String text, Duration timeout) {
        long start = System.nanoTime();
        try {
            new WebDriverWait(driver, timeout).until(d -> {
                try {
                    return d.findElement(by).getText().contains(text);
                } catch (org.openqa.selenium.NoSuchElementException
                        | org.openqa.selenium.StaleElementReferenceException e) {
                    return false;
                } catch (org.openqa.selenium.WebDriverException e) {
                    // A page that reloads between finding the element and reading it: ChromeDriver says
                    // so in an "unknown error", not as a stale element. Read it again.
                    if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                        return false;
                    }
                    throw e;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                screenshot("timeout-" + System.currentTimeMillis());
            } catch (IOException ignored) {
                // the assertion below says what matters
            }
            throw new AssertionError(
                    "'" + text + "' did not appear in " + by + " within " + timeout + ". The page says:\n" + bodyText(),
                    e);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
        TempFolders.delete(profile); // 8 MB a browser, a hundred browsers a run
        TempFolders.delete(downloads);
    }
}
