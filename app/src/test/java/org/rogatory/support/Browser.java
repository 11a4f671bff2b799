package org.rogatory.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driving the browser interface of a server on this machine, one per test class.
 * Uses the Chromium and chromedriver of the system (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code ./test} installs): nothing is downloaded, and where they are
 * missing the browser tests are skipped with a message saying so rather than failing.
 */
public final class Browser implements AutoCloseable {

    private static final String AXE = "/axe.min.js";

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** A browser for the server on this port, or the test is skipped when Chromium is not installed. */
    public static Browser open(int port) {
        Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = executable("chromedriver");
        Assumptions.assumeTrue(chromium.isPresent() && chromedriver.isPresent(),
                "Browser tests skipped: Chromium and chromedriver are not installed (./test installs them with "
                        + "apt-get install chromium chromium-driver)");
        try {
            Path profile = Files.createTempDirectory("rogatory-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.get().toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-extensions", "--lang=en", "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.get().toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile, "http://localhost:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> executable(String... names) {
        List<Path> dirs = new ArrayList<>(List.of(Path.of("/usr/bin"), Path.of("/usr/local/bin")));
        String path = System.getenv("PATH");
        if (path != null) {
            Stream.of(path.split(File.pathSeparator)).filter(p -> !p.isBlank()).map(Path::of).forEach(dirs::add);
        }
        for (String name : names) {
            for (Path dir : dirs) {
                Path candidate = dir.resolve(name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** Signs in through the form as one of the demo users and switches the interface to the language. */
    public Browser signIn(String username, String language) {
        go("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(Api.PASSWORD);
        click("form.stack button[type='submit']");
        assertThat(driver.findElements(By.cssSelector("form[action='/logout']"))).as("signed in as " + username)
                .isNotEmpty();
        return language(language);
    }

    public Browser signOut() {
        click("form[action='/logout'] button");
        return this;
    }

    /** Clicks the language switch of the header (it is on every page). */
    public Browser language(String code) {
        if (!code.equals(lang())) {
            click(".languages button[value='" + code + "']");
        }
        assertThat(lang()).isEqualTo(code);
        return this;
    }

    public String lang() {
        return find("html").getAttribute("lang");
    }

    /** Clicks something that loads a new page, and waits until the new page is there. */
    public Browser click(String css) {
        return click(find(css));
    }

    public Browser click(WebElement element) {
        // a mark on the old page's window: the new page is there when the mark is gone and it has loaded
        driver.executeScript("window.rogatoryPageBefore = true;");
        element.click();
        waiting().ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return window.rogatoryPageBefore === undefined && document.readyState === 'complete';")));
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /**
     * Runs axe-core on the page and counts the violations by impact ({@code critical},
     * {@code serious}, {@code moderate}, {@code minor}); {@code details} lists each rule broken.
     */
    public AxeReport axe() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document)
                  .then(r => done({passes: r.passes.length, violations: r.violations.map(v => ({id: v.id,
                      impact: v.impact || 'minor', nodes: v.nodes.length,
                      targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}))}))
                  .catch(e => done({passes: 0, violations: [{id: 'axe-error', impact: 'critical', nodes: 0,
                      targets: String(e)}]}));
                """);
        assertThat(((Number) result.get("passes")).intValue()).as("axe-core checked the page").isPositive();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String impact : List.of("critical", "serious", "moderate", "minor")) {
            counts.put(impact, 0);
        }
        List<String> details = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            counts.merge((String) v.get("impact"), 1, Integer::sum);
            details.add(v.get("impact") + " " + v.get("id") + " (" + v.get("nodes") + "): " + v.get("targets"));
        }
        return new AxeReport(counts, details);
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream(AXE)) {
            assertThat(in).as("axe-core on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the whole page (up to a sensible height) as a PNG. */
    public void screenshot(Path file) {
        Number height = (Number) driver.executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1280, Math.min(Math.max(height.intValue() + 120, 900), 3200)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }

    /** Violations of one page by impact, and a line per rule broken. */
    public record AxeReport(Map<String, Integer> counts, List<String> details) {

        public int seriousOrWorse() {
            return counts.get("critical") + counts.get("serious");
        }

        @Override
        public String toString() {
            return counts + (details.isEmpty() ? "" : " " + details);
        }
    }
}
