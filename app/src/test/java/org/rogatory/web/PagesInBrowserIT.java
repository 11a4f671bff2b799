package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.rogatory.support.Api;
import org.rogatory.support.Browser;
import org.rogatory.support.Browser.AxeReport;
import org.rogatory.support.Cases;
import org.rogatory.support.Fixtures;
import org.rogatory.support.PostgresIT;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;

/**
 * The main pages in a real browser: axe-core finds no serious or critical accessibility violation on
 * any of them (in the state a user sees them, errors included), names and facts keep their own
 * script and direction, and the screenshots of the README are taken in each of the four languages.
 */
@PostgresIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesInBrowserIT {

    @LocalServerPort
    int port;

    Browser browser;
    String caseStudy;
    String arabicScript;

    @BeforeAll
    void openBrowserOnCasesInEveryState() {
        browser = Browser.open(port);
        Cases cases = new Cases(Api.at(port));
        caseStudy = cases.register(Fixtures.CASE_STUDY);
        arabicScript = cases.register("03-eg-arabic-script-refugee-persecuting-state.json");
        cases.register(Fixtures.URGENT);
        cases.register(Fixtures.BENIGN);
        // the central authority overrides the case study's blocking finding: the decision awaits a supervisor
        assertThat(cases.decideAnsweringAll("demo-central", caseStudy, "FORWARD").body().get("status").asString())
                .isEqualTo("AWAITING_APPROVAL");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theMainPagesHaveNoSeriousOrCriticalAccessibilityViolation() {
        Map<String, AxeReport> reports = new LinkedHashMap<>();
        browser.go("/login");
        reports.put("sign-in", browser.axe());

        browser.signIn("demo-central", "fr").go("/queue");
        reports.put("queue", browser.axe());
        browser.go("/cases/" + caseStudy);
        reports.put("case file", browser.axe());
        browser.go("/cases/" + caseStudy + "/decide");
        reports.put("decide form", browser.axe());
        browser.find("#outcome-REFUSE").click();
        browser.click("#record-decision");
        assertThat(browser.all("#error-summary")).as("a refusal without reasons or grounds is sent back").isNotEmpty();
        reports.put("decide form with errors", browser.axe());
        browser.signOut();

        browser.signIn("demo-clerk", "nl").go("/intake");
        reports.put("intake form", browser.axe());
        browser.driver().executeScript("document.querySelector('form.intake').noValidate = true;");
        browser.click("#register");
        assertThat(browser.all("#error-summary")).isNotEmpty();
        reports.put("intake form with errors", browser.axe());
        browser.signOut();

        browser.signIn("demo-supervisor", "de").go("/approvals");
        reports.put("approval queue", browser.axe());
        browser.go("/cases/" + caseStudy);
        reports.put("case file with approval and audit trail", browser.axe());
        browser.signOut();

        System.out.println("axe-core " + "violations by impact, per page:");
        reports.forEach((page, report) -> System.out.println("  " + page + ": " + report));
        assertThat(reports).allSatisfy((page, report) -> assertThat(report.seriousOrWorse()).as(page + ": " + report)
                .isZero());
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndFocusIsVisible() {
        browser.signIn("demo-central", "en").go("/queue");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        var focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip");
        assertThat(focused.isDisplayed()).isTrue();
        assertThat(focused.getCssValue("outline-style")).isNotEqualTo("none");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.path()).endsWith("#main");
        browser.signOut();
    }

    @Test
    void namesAndFactsKeepTheirOwnScriptAndDirection() {
        browser.signIn("demo-central", "en").go("/cases/" + arabicScript);
        var arabic = browser.driver().findElements(By.cssSelector(".person .names [lang='und-Arab']"));
        assertThat(arabic).isNotEmpty();
        assertThat(arabic.get(0).getAttribute("dir")).isEqualTo("auto");
        assertThat(arabic.get(0).getText()).isEqualTo("محمود عبدالرحمن الشاذلي");
        assertThat(browser.driver().executeScript("return getComputedStyle(arguments[0]).direction;", arabic.get(0)))
                .isEqualTo("rtl");
        assertThat(browser.find(".facts").getAttribute("dir")).isEqualTo("auto");
        browser.signOut();
    }

    @Test
    void datesAndNumbersFollowTheReadersLanguage() {
        browser.signIn("demo-central", "de").go("/cases/" + caseStudy);
        assertThat(browser.text("main")).contains("02.09.2024").contains("Kasachstan (KZ)");
        browser.language("en");
        assertThat(browser.text("main")).contains("Sep 2, 2024").contains("Kazakhstan (KZ)");
        browser.language("fr");
        assertThat(browser.text("main")).contains("2 sept. 2024");
        browser.signOut();
    }

    @Test
    void theClerkRecordsTheNewInformationTheCentralAuthorityAskedFor() throws IOException {
        ObjectNode request = Fixtures.fresh(Fixtures.THIN);
        Cases cases = new Cases(Api.at(port));
        String id = cases.register(request);
        cases.move("demo-central", id, "RETURN_FOR_INFORMATION");
        Path file = Files.createTempFile("amended-", ".json");
        try {
            browser.signIn("demo-clerk", "en").go("/queue");
            browser.click("tr[data-case='" + id + "'] a");
            assertThat(browser.find("#case-state").getAttribute("data-state")).isEqualTo("AWAITING_INFORMATION");

            Files.writeString(file, "{\"foreignReference\": 1}");
            browser.find("#supplement-file").sendKeys(file.toString());
            browser.click("#record-supplement");
            assertThat(browser.text("#supplement .field-error")).contains("/foreignReference");

            request.put("facts", request.get("facts").asString() + " The suspect transferred the funds on 3 May 2024 "
                    + "from an account in Lagos to an account in Brussels, as the attached bank statement shows.");
            Files.writeString(file, Api.json(request));
            browser.find("#supplement-file").sendKeys(file.toString());
            browser.click("#record-supplement");
            assertThat(browser.find("#case-state").getAttribute("data-state")).isEqualTo("CENTRAL_AUTHORITY_REVIEW");
            assertThat(browser.text(".notice")).contains("Central authority review");
            browser.signOut();
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void screenshotsOfQueueCaseFileAndDecideFormInEveryLanguage() {
        Path folder = Screenshots.folder();
        for (String language : List.of("fr", "nl", "de", "en")) {
            browser.signIn("demo-central", language).go("/queue");
            browser.screenshot(folder.resolve(language + "-queue.png"));
            browser.go("/cases/" + caseStudy);
            browser.screenshot(folder.resolve(language + "-case-file.png"));
            browser.go("/cases/" + caseStudy + "/decide");
            browser.screenshot(folder.resolve(language + "-decide.png"));
            browser.signOut();
        }
        assertThat(folder.resolve("nl-decide.png")).isNotEmptyFile();
    }
}
