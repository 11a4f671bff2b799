package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rogatory.support.Api;
import org.rogatory.support.Browser;
import org.rogatory.support.Browser.AxeReport;
import org.rogatory.support.Cases;
import org.rogatory.support.Fixtures;
import org.rogatory.support.PostgresIT;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages of oversight and administration in a real browser: each role lands on its own page;
 * the administrator creates an account (the password policy's words on the password field), is
 * refused the last administrator's disabling (409, on the page), and imports country profiles (a
 * bad row named by file, line and field; a good file by its rows and SHA-256); oversight reads the
 * figures, downloads the PDF report, verifies the audit chain and a signed checkpoint; a supervisor hands
 * the case of a disabled clerk's account to another clerk. axe-core
 * finds no serious or critical violation on any of these pages.
 */
@PostgresIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationInBrowserIT {

    @LocalServerPort
    int port;

    Browser browser;
    final Map<String, AxeReport> reports = new LinkedHashMap<>();

    @BeforeAll
    void openBrowserWithARequestOfThisYear() {
        browser = Browser.open(port);
        // the case-study analogue was received in 2024 (from Kazakhstan), the benign control in 2025 (France)
        Cases cases = new Cases(Api.at(port));
        cases.register(Fixtures.CASE_STUDY);
        cases.register(Fixtures.BENIGN);
    }

    @AfterAll
    void closeBrowserAndReport() {
        System.out.println("axe-core violations by impact, per page (oversight and administration):");
        reports.forEach((page, report) -> System.out.println("  " + page + ": " + report));
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aSupervisorHandsTheCaseOfADisabledAccountToAnotherClerk() {
        Api admin = Api.at(port).as("demo-admin");
        String away = "clerk.away-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/v1/users", Api.json(Map.of("username", away, "password",
                "a long enough passphrase", "role", "CLERK"))).status()).isEqualTo(201);
        Api.Answer registered = Api.at(port).as(away, "a long enough passphrase").post("/api/v1/requests",
                Api.json(Fixtures.fresh(Fixtures.BENIGN)));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.body().get("id").asString();
        assertThat(Api.at(port).as("demo-clerk").get("/api/v1/requests/" + id).status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/users/" + away + "/disable", "").status()).isEqualTo(200);

        browser.signIn("demo-supervisor", "en");
        browser.click("nav a[href='/unattended']");
        String article = "#case-" + id;
        assertThat(browser.text(article)).contains("Held by " + away + " (Clerk)");
        axe("unattended cases");
        new Select(browser.find("#assign-" + id + "-username")).selectByValue("demo-clerk");
        browser.find("#assign-" + id + "-reasons").sendKeys("The clerk who registered it has left the service.");
        browser.click("#assign-" + id);
        assertThat(browser.text(".notice")).isEqualTo("The case is handed over.");
        assertThat(browser.all(article)).as("taken up by an enabled clerk").isEmpty();
        assertThat(Api.at(port).as("demo-clerk").get("/api/v1/requests/" + id).status()).isEqualTo(200);
        browser.signOut();
    }

    @Test
    void theAdministratorManagesAccountsAndIsShownWhyTheLastAdministratorStays() {
        browser.signIn("demo-admin", "en");
        assertThat(browser.path()).as("the administrator's landing page").startsWith("/users");
        assertThat(browser.all("nav a[href='/users']")).isNotEmpty();
        assertThat(browser.all("nav a[href='/reference']")).isNotEmpty();
        assertThat(browser.all("nav a[href='/audit']")).isNotEmpty();
        assertThat(browser.all("nav a[href='/queue']")).isEmpty();
        assertThat(browser.all("nav a[href='/oversight']")).isEmpty();
        axe("users");

        String username = "ui-clerk-" + UUID.randomUUID().toString().substring(0, 8);
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys("short");
        new Select(browser.find("#role")).selectByValue("CLERK");
        new Select(browser.find("#language")).selectByValue("nl");
        browser.click("#create");
        assertThat(browser.text("#password-error")).contains("12 characters");
        assertThat(browser.find("#password").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#username").getAttribute("value")).as("kept as typed").isEqualTo(username);
        axe("users, password refused");

        browser.find("#password").sendKeys("kalme-rivier-2026");
        browser.click("#create");
        assertThat(browser.text("#notice")).contains(username);
        WebElement row = browser.find("#user-" + username);
        assertThat(row.getAttribute("data-role")).isEqualTo("CLERK");
        assertThat(row.getAttribute("data-enabled")).isEqualTo("true");
        assertThat(row.getText()).contains("Nederlands");

        // a new password under the policy: refused on its own field, in the user's row
        browser.find("#reset-" + username + "-password").sendKeys(username + "-1234");
        browser.click("#user-" + username + " button.reset");
        assertThat(browser.text("#reset-" + username + "-password-error")).contains("username");

        browser.click("#user-" + username + " button.disable");
        assertThat(browser.find("#user-" + username).getAttribute("data-enabled")).isEqualTo("false");
        browser.click("#user-" + username + " button.enable");
        assertThat(browser.find("#user-" + username).getAttribute("data-enabled")).isEqualTo("true");
        browser.screenshot(Screenshots.folder().resolve("en-users.png"));

        // other tests of the same server may have left administrators: only demo-admin must be enabled
        List<String> others = new ArrayList<>();
        for (WebElement admin : browser.all("tr[data-role='ADMIN'][data-enabled='true']")) {
            if (!admin.getAttribute("data-user").equals("demo-admin")) {
                others.add(admin.getAttribute("data-user"));
            }
        }
        others.forEach(other -> browser.click("#user-" + other + " button.disable"));
        browser.click("#user-demo-admin button.disable");
        assertThat(browser.find("#refusal").getAttribute("data-status")).isEqualTo("409");
        assertThat(browser.text("#refusal-reason")).contains("demo-admin", "last enabled administrator");
        assertThat(browser.find("#user-demo-admin").getAttribute("data-enabled")).isEqualTo("true");
        axe("users, last administrator refused");
        others.forEach(other -> browser.click("#user-" + other + " button.enable"));

        browser.language("fr");
        assertThat(browser.find("h1").getText()).isEqualTo("Utilisateurs");
        browser.language("en");
        browser.signOut();
    }

    @Test
    void theAdministratorImportsCountryProfilesAndABadRowIsNamedByLineAndField() throws Exception {
        browser.signIn("demo-admin", "en").go("/reference");
        axe("reference data");

        new Select(browser.find("#kind")).selectByValue("countries");
        browser.find("#file").sendKeys(fixture("countries-bad-row.csv").toString());
        browser.click("#import-file");
        WebElement error = browser.find("#row-error");
        assertThat(error.getAttribute("data-file")).isEqualTo("countries-bad-row.csv");
        assertThat(error.getAttribute("data-line")).isEqualTo("3");
        assertThat(error.getAttribute("data-field")).isEqualTo("cpi_score");
        assertThat(error.getText()).contains("line 3", "field cpi_score");
        axe("reference data, row refused");

        // a good file: the shared country profiles every test screens against, so nothing else changes
        new Select(browser.find("#kind")).selectByValue("countries");
        browser.find("#file").sendKeys(Fixtures.DATA.resolve("countries.csv").toAbsolutePath().toString());
        browser.click("#import-file");
        assertThat(browser.find("#imported").getAttribute("data-rows")).isEqualTo("45");
        assertThat(browser.text("#imported-sha")).matches("[0-9a-f]{64}");
        browser.signOut();
    }

    @Test
    void oversightReadsTheFiguresDownloadsTheReportAndVerifiesTheAuditChain() {
        browser.signIn("demo-oversight", "en");
        assertThat(browser.path()).as("oversight's landing page").startsWith("/oversight");
        assertThat(browser.all("nav a[href='/users']")).isEmpty();
        assertThat(browser.find("#year").getAttribute("value")).matches("20\\d\\d");
        WebElement all = browser.find("#standing tr[data-state='ALL']");
        assertThat(all.getText()).contains("All states");
        assertThat(browser.all("#filter-CENTRAL_AUTHORITY")).isNotEmpty();
        assertThat(browser.all("#stages")).isNotEmpty();
        assertThat(browser.text("#incidents-heading")).isEqualTo("Incidents at the executions");
        new Select(browser.find("#year")).selectByValue("2024");
        browser.click("#year-form button");
        assertThat(browser.path()).isEqualTo("/oversight?year=2024");
        WebElement kazakhstan = browser.find("#standing tr[data-state='KZ']");
        assertThat(kazakhstan.getText()).startsWith("Kazakhstan (KZ)");
        assertThat(kazakhstan.findElement(org.openqa.selenium.By.cssSelector("td")).getText())
                .as("received: a number, or a small count suppressed as the service gives it").matches("<5|[0-9,]+");
        axe("oversight figures");
        browser.screenshot(Screenshots.folder().resolve("en-oversight.png"));

        String href = browser.find("#report-pdf").getAttribute("href");
        Object pdf = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '
                    + r.headers.get('content-type') + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))))
                  .catch(e => done(String(e)));
                """, href);
        assertThat(pdf).isEqualTo("200 application/pdf %PDF-");

        browser.click("nav a[href='/audit']");
        assertThat(browser.find("#verification").getAttribute("data-ok")).isEqualTo("true");
        axe("audit chain");
        browser.click("#take-checkpoint");
        String checkpoint = browser.find("#checkpoint-json").getAttribute("value");
        assertThat(checkpoint).contains("\"signature\"", "\"hash\"");
        axe("audit chain with checkpoint");

        browser.find("#checkpoint").sendKeys(checkpoint);
        browser.click("#verify-checkpoint");
        assertThat(browser.find("#verdict").getAttribute("data-ok")).isEqualTo("true");
        axe("audit checkpoint verified");

        // the same checkpoint with its sequence changed: the signature no longer holds
        String altered = checkpoint.replaceFirst("\"sequence\"\\s*:\\s*(\\d+)", "\"sequence\" : 1");
        browser.find("#checkpoint").clear();
        browser.find("#checkpoint").sendKeys(altered);
        browser.click("#verify-checkpoint");
        assertThat(browser.find("#verdict").getAttribute("data-ok")).isEqualTo("false");
        assertThat(browser.all("#verdict [data-problem='SIGNATURE_INVALID']")).isNotEmpty();

        browser.find("#checkpoint").clear();
        browser.find("#checkpoint").sendKeys("not a checkpoint");
        browser.click("#verify-checkpoint");
        assertThat(browser.text("#checkpoint-error")).contains("not a checkpoint");
        axe("audit checkpoint refused");

        browser.language("de").go("/oversight");
        assertThat(browser.find("h1").getText()).isEqualTo("Aufsichtszahlen");
        browser.language("en");
        browser.signOut();
    }

    private void axe(String page) {
        AxeReport report = browser.axe();
        reports.put(page, report);
        assertThat(report.seriousOrWorse()).as(page + ": " + report).isZero();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(AdministrationInBrowserIT.class.getResource(name).toURI());
    }
}
