package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rogatory.support.Api;
import org.rogatory.support.Browser;
import org.rogatory.support.Fixtures;
import org.rogatory.support.PostgresIT;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case study's request walked through the browser interface by the demo users, once in French
 * and once in Dutch: the clerk registers it, the central authority's forward is blocked (the 409's
 * reasons shown on the form) until it overrides the unidentified officials, its own approval is
 * refused, a supervisor approves, the prosecutor refers and the judge authorises, which is as far
 * as the chain goes before execution.
 */
@PostgresIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseStudyInBrowserIT {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void inFrenchTheCaseStudyUploadedByTheClerkReachesExecutionPlanningOnlyThroughOverrideApprovalAndJudge()
            throws IOException {
        String id = registerByUpload("fr");
        walkFromCentralAuthority(id, "fr", "Avertissement", "Transmettre au parquet");
    }

    @Test
    void inDutchTheCaseStudyEnteredInTheFormReachesExecutionPlanningOnlyThroughOverrideApprovalAndJudge() {
        String id = registerByForm("nl");
        walkFromCentralAuthority(id, "nl", "Waarschuwing", "Doorsturen naar het parket");
    }

    private String registerByUpload(String language) throws IOException {
        Path file = Files.createTempFile("request-", ".json");
        Files.writeString(file, Api.json(Fixtures.fresh(Fixtures.CASE_STUDY)));
        browser.signIn("demo-clerk", language).go("/intake");
        browser.find("#file").sendKeys(file.toString());
        browser.click("#upload");
        Files.delete(file);
        assertThat(browser.path()).startsWith("/cases/");
        assertThat(browser.text(".notice")).contains("Examen par l'autorité centrale");
        String id = browser.path().substring("/cases/".length());
        browser.signOut();
        return id;
    }

    private String registerByForm(String language) {
        browser.signIn("demo-clerk", language).go("/intake");
        String reference = "KZ-ACA-2024/0877/" + java.util.UUID.randomUUID();
        fill("foreignReference", reference);
        fill("receivedOn", "2024-09-02");
        choose("channel", "DIPLOMATIC");
        fill("requestingState", "K1");
        fill("authorityName", "Anti-Corruption Agency of the Republic of Kazakhstan, Astana");
        choose("authorityKind", "INVESTIGATOR");
        choose("legalInstrument", "UNCAC");
        fill("legalArticle", "46");
        fill("offenceDescription", "Misappropriation of entrusted property of JSC AltynTrust Bank");
        choose("offenceCategory", "EMBEZZLEMENT");
        fill("facts", Fixtures.request(Fixtures.CASE_STUDY).get("facts").asString());
        choose("personRole", "SUSPECT");
        fill("personFullName", "Dinara Kuanishbaeva");
        fill("personBirthDate", "1976-03-14");
        fill("personCountry", "BE");
        choose("measureType", "SEARCH");
        choose("measurePremises", "HOME");
        choose("officialRole", "ASSIST");
        // the browser's own check stops a malformed field before it is sent: lift it to see the server's
        browser.driver().executeScript("document.querySelector('form.intake').noValidate = true;");
        browser.click("#register");

        assertThat(browser.text("#error-summary h2")).isEqualTo("Het verzoek is niet geregistreerd");
        assertThat(browser.find("#requestingState").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#requestingState-error")).contains("Ongeldige waarde");
        assertThat(browser.find("#foreignReference").getAttribute("value")).isEqualTo(reference);

        browser.find("#requestingState").clear();
        fill("requestingState", "KZ");
        browser.click("#register");
        assertThat(browser.path()).startsWith("/cases/");
        assertThat(browser.text(".notice")).contains("Onderzoek door de centrale autoriteit");
        String id = browser.path().substring("/cases/".length());
        browser.signOut();
        return id;
    }

    private void walkFromCentralAuthority(String id, String language, String warningLabel, String forwardLabel) {
        // the central authority finds the request in its queue, with its open blocking finding counted
        browser.signIn("demo-central", language).go("/queue");
        WebElement row = browser.find("tr[data-case='" + id + "']");
        String blockingCount = row.findElement(By.cssSelector(".count.blocking")).getText();
        browser.click(row.findElement(By.cssSelector("a")));
        String unidentified = browser.find("article[data-code='FOREIGN_OFFICIALS_UNIDENTIFIED']").getAttribute("id")
                .substring("finding-".length());
        assertThat(browser.all("section.severity-group.blocking article")).extracting(e -> e.getAttribute("id"))
                .contains("finding-" + unidentified)
                .hasSize(Integer.parseInt(blockingCount));

        // forwarding without answering the blocking finding: the 409's reasons, shown on the form
        browser.click("#decide");
        assertThat(browser.all("input[name='outcome']")).extracting(e -> e.getAttribute("value"))
                .containsExactlyInAnyOrder("FORWARD", "REFUSE", "RETURN_FOR_INFORMATION");
        assertThat(browser.text("label[for='outcome-FORWARD']")).isEqualTo(forwardLabel);
        browser.find("#outcome-FORWARD").click();
        browser.find("#reasons").sendKeys("Nothing stands in the way.");
        browser.click("#record-decision");
        assertThat(browser.path()).isEqualTo("/cases/" + id + "/decide");
        WebElement refusal = browser.find("#refusal");
        assertThat(refusal.findElements(By.cssSelector("li[data-finding]")))
                .extracting(e -> e.getAttribute("data-finding")).contains(unidentified);
        assertThat(refusal.getText()).doesNotContain("must be upheld");
        assertThat(browser.find("#outcome-FORWARD").isSelected()).as("the form keeps what was filled in").isTrue();

        // overriding it (and upholding any warning) records the decision, which awaits a supervisor
        for (WebElement answer : browser.all("fieldset.answer")) {
            String severity = answer.getAttribute("data-severity");
            new Select(answer.findElement(By.cssSelector("select"))).selectByValue(
                    severity.equals("BLOCKING") ? "OVERRIDDEN" : "UPHELD");
            if (severity.equals("BLOCKING")) {
                answer.findElement(By.cssSelector("textarea")).sendKeys(
                        "Only officials named in the judge's authorisation will be admitted, as observers.");
            }
        }
        filterAndCheckGround("ROG-FOREIGN", "ROG-FOREIGN-OFFICIALS-NAMED");
        browser.click("#record-decision");
        assertThat(browser.path()).isEqualTo("/cases/" + id);
        assertThat(browser.find("#case-state").getAttribute("data-state")).isEqualTo("CENTRAL_AUTHORITY_REVIEW");
        String decision = browser.find("li.decision[data-status='AWAITING_APPROVAL']").getAttribute("data-decision");

        // the author may not approve the decision (the button is not offered; posting anyway is refused)
        assertThat(browser.all("#approve")).isEmpty();
        postFromPage("/cases/" + id + "/decisions/" + decision + "/approval");
        assertThat(browser.find("#refusal").getAttribute("class")).contains("alert");
        assertThat(browser.find("#case-state").getAttribute("data-state")).isEqualTo("CENTRAL_AUTHORITY_REVIEW");
        browser.signOut();

        // a supervisor finds it among the approvals and approves it: the request moves to the prosecutor
        browser.signIn("demo-supervisor", language).go("/approvals");
        browser.click("tr[data-case='" + id + "'] a");
        browser.click("#approve");
        assertThat(browser.find("#case-state").getAttribute("data-state")).isEqualTo("PROSECUTOR_REVIEW");
        assertThat(browser.find("li.decision[data-decision='" + decision + "'] .approved").getText())
                .contains("demo-supervisor");
        assertThat(browser.all("#case-audit tbody tr")).as("the supervisor sees the case's audit trail").isNotEmpty();
        browser.signOut();

        // the prosecutor refers to the investigating judge, who authorises the search
        decide("demo-prosecutor", language, id, "REFER_TO_JUDGE", List.of());
        browser.signOut();
        authoriseWithOneObserver(id, language);
        assertThat(browser.find("#case-state").getAttribute("data-state")).isEqualTo("EXECUTION_PLANNING");
        assertThat(browser.text("#case-audit")).contains("demo-central", "demo-supervisor", "demo-prosecutor");
        browser.signOut();
    }

    private void decide(String user, String language, String id, String outcome, List<String> grounds) {
        browser.signIn(user, language).go("/cases/" + id);
        browser.click("#decide");
        fillDecision(outcome, grounds);
        browser.click("#record-decision");
        assertThat(browser.path()).isEqualTo("/cases/" + id);
    }

    private void fillDecision(String outcome, List<String> grounds) {
        browser.find("#outcome-" + outcome).click();
        for (WebElement answer : browser.all("fieldset.answer")) {
            new Select(answer.findElement(By.cssSelector("select"))).selectByValue(
                    answer.getAttribute("data-severity").equals("BLOCKING") ? "OVERRIDDEN" : "UPHELD");
            answer.findElement(By.cssSelector("textarea")).sendKeys("Considered; see the decision's reasons.");
        }
        grounds.forEach(code -> filterAndCheckGround(code, code));
        browser.find("#reasons").sendKeys("Decided in the browser test.");
    }

    /**
     * The judge authorises the search and lets one of the two agents the request names observe: the form
     * offers every measure ticked and no official, refuses an official without function and identity
     * document beside its fields, and the case file then shows what the authorisation allows.
     */
    private void authoriseWithOneObserver(String id, String language) {
        browser.signIn("demo-judge", language).go("/cases/" + id);
        browser.click("#decide");
        assertThat(browser.all("#measures input[type='checkbox']")).isNotEmpty().allMatch(WebElement::isSelected);
        int measures = browser.all("#measures input[type='checkbox']").size();
        assertThat(browser.all("#officials input[type='checkbox']")).isNotEmpty().noneMatch(WebElement::isSelected);
        fillDecision("AUTHORISE", List.of("BE-CIC-JUDGE"));
        browser.find("#officials0-allowed").click();
        browser.find("#officials0-name").clear();
        browser.find("#officials0-name").sendKeys("Serik Observer");
        browser.click("#record-decision");
        assertThat(browser.path()).isEqualTo("/cases/" + id + "/decide");
        assertThat(browser.find("#officials0-function").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#officials0-identityDocument").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#officials0-allowed").isSelected()).as("the form keeps what was filled in").isTrue();
        browser.screenshot(Screenshots.folder().resolve(language + "-authorise.png"));

        browser.find("#officials0-function").clear();
        browser.find("#officials0-function").sendKeys("Investigator, Anti-Corruption Agency");
        browser.find("#officials0-identityDocument").clear();
        browser.find("#officials0-identityDocument").sendKeys("KZ-P-0042");
        browser.click("#record-decision");
        assertThat(browser.path()).isEqualTo("/cases/" + id);
        WebElement authorisation = browser.find("li.decision[data-status='EFFECTIVE'] dl.authorisation");
        assertThat(authorisation.getText()).contains("Serik Observer", "KZ-P-0042");
        assertThat(authorisation.findElements(By.cssSelector("li"))).as("each measure, and one official")
                .hasSize(measures + 1);
        String letter = browser.find("li.decision[data-status='EFFECTIVE'] a[data-letter='"
                + language.toUpperCase(java.util.Locale.ROOT) + "']").getAttribute("href");
        Object fetched = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));""", letter);
        assertThat(fetched).as("the authorisation's letter, in the judge's language").isEqualTo("200 application/pdf");
    }

    private void filterAndCheckGround(String search, String code) {
        WebElement filter = browser.find("#ground-filter");
        filter.clear();
        filter.sendKeys(search);
        WebElement box = browser.find("#ground-" + code);
        assertThat(box.isDisplayed()).isTrue();
        assertThat(browser.all("#ground-list li").stream().filter(WebElement::isDisplayed).count())
                .as("the search narrows the catalogue").isLessThan(10);
        box.click();
    }

    /** Posts a form to the path from the current page, with its CSRF token, as a hand-made request would. */
    private void postFromPage(String path) {
        browser.driver().executeScript("""
                const token = document.querySelector('input[name="_csrf"]');
                const form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                form.appendChild(token.cloneNode());
                document.body.appendChild(form);
                form.submit();""", path);
        browser.waiting().until(d -> d.findElements(By.id("refusal")).size() > 0);
    }

    private void fill(String field, String value) {
        WebElement input = browser.find("#" + field);
        if ("date".equals(input.getAttribute("type"))) {
            // typing into a date field follows the browser's locale; the value itself is ISO everywhere
            browser.driver().executeScript("arguments[0].value = arguments[1];", input, value);
        } else {
            input.sendKeys(value);
        }
    }

    private void choose(String field, String value) {
        new Select(browser.find("#" + field)).selectByValue(value);
    }
}
