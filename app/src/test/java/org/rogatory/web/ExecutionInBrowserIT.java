package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.support.Executions.FIRST_OBSERVER;
import static org.rogatory.support.Executions.SECOND_OBSERVER;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rogatory.support.Api;
import org.rogatory.support.Browser;
import org.rogatory.support.Browser.AxeReport;
import org.rogatory.support.Executions;
import org.rogatory.support.Imports;
import org.rogatory.support.MutableClock;
import org.rogatory.support.ReferenceDataIT;
import org.rogatory.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case study after the judge's authorisation, walked through the browser interface in French by
 * the demo users, against the shared register (which knows she is a lawyer): the police draft the
 * plan, whose confirmation is refused (the unmet BAR_PRESIDENT_NOTIFICATION shown on the page) until
 * the notices to the Brussels bars are delivered; the clerk records the bar's answer; the report
 * opens an incident (an observer photographed papers); the police store the items' texts and submit
 * them; the reviewer withholds the client list (it names other protected persons: clearing it is
 * refused), redacts the trust agreement and clears the rest; the clerk records the notification and
 * counsel's objection; the judge rules, is refused the transmission while the remedy period runs,
 * and transmits once it is over; the central authority closes the file. axe-core checks every new
 * page on the way, and the screenshots of the execution and transmission pages are taken.
 */
@ReferenceDataIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExecutionInBrowserIT {

    private static final String CLIENT_LIST = """
            Clients 2019-2023 (confidential)
            1. Gulshat Serikbaeva, asylum file, Brussels
            2. Тофик Мамедли, residence permit appeal
            3. Luc Vermeulen, rental dispute
            4. Viktar Hrynkevich (consultation)""";

    private static final String TRUST_AGREEMENT = "Trust agreement between LLP Steppe Aviation Services and "
            + "Meridian Holdings Ltd, drafted at the request of Yermek Baisalov, signed in Astana on 3 March 2009.";

    private static final String LAPTOP = "Invoices 2020-2022 of a translation agency: fees, rent, telephone.";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

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

    @AfterEach
    void putTheClockBack() {
        clock.reset();
        TestMail.start();
    }

    @Test
    void inFrenchTheCaseStudyIsExecutedReviewedAndTransmittedOnlyOnceEverySafeguardIsMet() {
        Api api = Api.at(port);
        Imports.importAllShared(api);
        TestMail.start();
        // the API takes the request to the judge's authorisation (two named observers); the rest is the browser's
        String id = new Executions(api).authorised();
        Map<String, AxeReport> axe = new LinkedHashMap<>();

        // the police draft the plan from the case file: the observers the judge named are on the form already
        browser.signIn("demo-police", "fr").go("/cases/" + id);
        browser.click("#to-execution");
        assertThat(browser.path()).isEqualTo("/cases/" + id + "/execution");
        assertThat(browser.find("#foreignOfficials-0-name").getAttribute("value")).isEqualTo(FIRST_OBSERVER.get("name"));
        assertThat(browser.find("#foreignOfficials-1-name").getAttribute("value")).isEqualTo(SECOND_OBSERVER.get("name"));
        axe.put("execution: plan form", browser.axe());
        LocalDateTime searchAt = LocalDateTime.now(clock).plusDays(2).withHour(6).withMinute(30)
                .truncatedTo(ChronoUnit.MINUTES);
        setValue("#scheduledFor", searchAt.toString());
        browser.find("#places-0-measure-0").click();
        browser.find("#places-0-measure-1").click();
        new Select(browser.find("#places-0-premises")).selectByValue("HOME");
        browser.find("#places-0-address").sendKeys(Executions.ADDRESS);
        browser.find("#places-0-city").sendKeys("Brussels");
        browser.find("#officers-0-name").sendKeys("Inspecteur An Claes");
        browser.find("#officers-0-unit").sendKeys("Police judiciaire fédérale de Bruxelles");
        browser.find("#officers-1-name").sendKeys("Inspecteur Joris Wouters");
        // an official the judge did not name: the draft is refused (409), naming why, and the form keeps what was typed
        browser.find("#foreignOfficials-2-name").sendKeys("Collègue inconnu");
        browser.find("#foreignOfficials-2-function").sendKeys("Enquêteur");
        browser.find("#foreignOfficials-2-identityDocument").sendKeys("aucune pièce présentée");
        browser.click("#draft-plan");
        assertThat(browser.all("#refusal li")).extracting(e -> e.getText()).singleElement().asString()
                .contains("Un agent étranger du plan n'a pas été désigné par le juge.", "Collègue inconnu");
        assertThat(browser.find("#places-0-address").getAttribute("value")).isEqualTo(Executions.ADDRESS);
        assertThat(browser.all("#plan-status")).as("nothing is recorded").isEmpty();
        axe.put("execution: draft refused (409)", browser.axe());
        for (String field : new String[] {"name", "function", "identityDocument"}) {
            browser.find("#foreignOfficials-2-" + field).clear();
        }
        browser.click("#draft-plan");
        assertThat(browser.text(".notice")).isEqualTo("Le projet de plan est enregistré.");
        assertThat(browser.find("#plan-status").getAttribute("data-status")).isEqualTo("DRAFT");
        assertThat(browser.all("#plan-blockers li[data-code='plan-not-confirmed']")).isNotEmpty();

        // confirming before the bar president is told: the 409 names the unmet obligation on the page
        browser.click("#confirm-plan");
        WebElement refusal = browser.find("#refusal");
        assertThat(refusal.findElement(By.cssSelector("h2")).getText()).isEqualTo("Bloqué par la chaîne de filtres");
        assertThat(refusal.findElements(By.cssSelector("li[data-finding]"))).isNotEmpty();
        assertThat(refusal.getText()).contains("L'avis au bâtonnier n'a pas encore été remis.");
        assertThat(browser.find("#plan-status").getAttribute("data-status")).isEqualTo("DRAFT");
        axe.put("execution: plan refused (409)", browser.axe());

        // the notices go to both Brussels bars and are delivered
        browser.click("#send-notices");
        assertThat(browser.all("#notices tbody tr")).extracting(e -> e.getAttribute("data-status"))
                .containsExactly("DELIVERED", "DELIVERED");
        assertThat(browser.all("#notices tbody tr")).extracting(e -> e.getAttribute("data-bar"))
                .containsExactlyInAnyOrder("BXL-FR", "BXL-NL");
        browser.signOut();

        // the clerk records the French-speaking bar's answer, from the mail received
        browser.signIn("demo-clerk", "fr").go("/cases/" + id + "/execution");
        WebElement notice = browser.find("#notices tr[data-bar='BXL-FR']");
        new Select(notice.findElement(By.cssSelector("select"))).selectByValue("DELEGATE");
        notice.findElement(By.cssSelector("input[name='note']")).sendKeys("Me Dupont assiste en qualité de délégué.");
        browser.click(notice.findElement(By.cssSelector("button.record-answer")));
        assertThat(browser.text("#notices tr[data-bar='BXL-FR'] .bar-answer")).isEqualTo("Un délégué assiste");
        axe.put("execution: notices with the bar's answer (clerk)", browser.axe());
        browser.signOut();

        // the plan is confirmed; the search took place an hour after the time the bar was told: the report
        browser.signIn("demo-police", "fr").go("/cases/" + id + "/execution");
        browser.click("#confirm-plan");
        assertThat(browser.find("#plan-status").getAttribute("data-status")).isEqualTo("CONFIRMED");
        assertThat(browser.all("#plan-blockers")).isEmpty();
        clock.advance(Duration.between(LocalDateTime.now(clock), searchAt.plusHours(1)));
        browser.go("/cases/" + id + "/execution");
        assertThat(browser.find("#present-2-name").getAttribute("value")).isEqualTo(FIRST_OBSERVER.get("name"));
        axe.put("execution: report form", browser.axe());
        browser.find("#present-2-identityChecked").click();
        browser.find("#present-3-identityChecked").click();
        browser.find("#present-3-conduct-PHOTOGRAPHED").click();
        browser.find("#present-4-name").sendKeys("Me Dupont");
        new Select(browser.find("#present-4-role")).selectByValue("BAR_DELEGATE");
        seized(0, "DOCUMENT", "Client list 2019-2023", "Bureau, tiroir", "Quatre pages dactylographiées");
        seized(1, "DOCUMENT", "Trust agreement, Steppe Aviation Services", "Bureau, classeur", "Original signé, 6 pages");
        seized(2, "DATA_CARRIER", "Laptop (forensic copy)", "Salon", "Copie du disque ; l'ordinateur a été restitué");
        browser.find("#hearings-0-person").sendKeys("Dinara Kuanishbaeva");
        setValue("#hearings-0-heldOn", LocalDate.now(clock).toString());
        browser.find("#hearings-0-record").sendKeys("Dinara Kuanishbaeva refuse de répondre aux questions de l'État requérant.");
        browser.click("#file-report");
        // without the date of the execution: the field is named and linked, the rest kept
        assertThat(browser.find("#error-summary a[href='#executedAt']").isDisplayed()).isTrue();
        assertThat(browser.find("#present-3-conduct-PHOTOGRAPHED").isSelected()).isTrue();
        assertThat(browser.find("#seized-2-label").getAttribute("value")).isEqualTo("Laptop (forensic copy)");
        axe.put("execution: report with errors (400)", browser.axe());
        setValue("#executedAt", LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).toString());
        browser.click("#file-report");
        assertThat(browser.text(".notice")).isEqualTo("Le procès-verbal est déposé ; la demande est exécutée.");
        assertThat(browser.find("#case-state").getAttribute("data-state")).isEqualTo("EXECUTED");
        assertThat(browser.all("#incidents article.incident")).singleElement()
                .satisfies(i -> assertThat(i.getAttribute("data-kind")).isEqualTo("FOREIGN_OFFICIAL_HANDLED_MATERIAL"))
                .satisfies(i -> assertThat(i.getAttribute("data-open")).isEqualTo("true"));

        // results: submitting before every item has its text is refused, each item named
        browser.click("#nav-results");
        assertThat(browser.all("article.item")).hasSize(4);
        browser.click("#submit-results");
        assertThat(browser.all("#refusal li")).hasSize(3);
        assertThat(browser.text("#refusal")).contains("Une pièce n'a pas encore de contenu.");
        storeText("Client list 2019-2023", CLIENT_LIST);
        assertThat(item("Client list 2019-2023").findElements(By.cssSelector(".item-finding")))
                .extracting(e -> e.getAttribute("data-register")).containsExactlyInAnyOrder("R-0004", "R-0021", "R-0050");
        storeText("Trust agreement, Steppe Aviation Services", TRUST_AGREEMENT);
        storeText("Laptop (forensic copy)", LAPTOP);
        axe.put("results: items with contents (police)", browser.axe());
        browser.click("#submit-results");
        assertThat(browser.find("#case-state").getAttribute("data-state")).isEqualTo("RESULTS_REVIEW");
        browser.signOut();

        // the reviewer: the client list names other protected persons, so clearing it is refused; it is withheld
        browser.signIn("demo-reviewer", "fr").go("/cases/" + id + "/results");
        axe.put("results: review list (reviewer)", browser.axe());
        browser.click(item("Client list 2019-2023").findElement(By.cssSelector("a.review-item")));
        assertThat(browser.text(".item-text")).contains("Gulshat Serikbaeva");
        assertThat(browser.all("tr.item-finding")).isNotEmpty();
        axe.put("item review", browser.axe());
        review("CLEARED", "Des documents d'affaires.", null);
        assertThat(browser.text("#refusal")).contains("Une pièce nomme une personne protégée");
        assertThat(browser.find("#decision-CLEARED").isSelected()).as("the form keeps what was chosen").isTrue();
        axe.put("item review refused (409)", browser.axe());
        review("WITHHELD", "La liste des clients d'une avocate : secret professionnel et données de réfugiés.", null);
        assertThat(item("Client list 2019-2023").getAttribute("data-status")).isEqualTo("WITHHELD");
        browser.click(item("Trust agreement, Steppe Aviation Services").findElement(By.cssSelector("a.review-item")));
        review("REDACTED", "Le nom d'un tiers protégé est supprimé.",
                TRUST_AGREEMENT.replace("Yermek Baisalov", "[caviardé : tiers]"));
        assertThat(item("Trust agreement, Steppe Aviation Services").getAttribute("data-status")).isEqualTo("REDACTED");
        for (String label : new String[] {"Laptop (forensic copy)", "Hearing of Dinara Kuanishbaeva on "
                + LocalDate.now(clock)}) {
            browser.click(item(label).findElement(By.cssSelector("a.review-item")));
            review("CLEARED", "Rien de couvert par le secret.", null);
            assertThat(item(label).getAttribute("data-status")).isEqualTo("CLEARED");
        }
        // a correction from the item page names the review it replaces, and takes its place
        for (String decision : new String[] {"WITHHELD", "CLEARED"}) {
            browser.click(item("Laptop (forensic copy)").findElement(By.cssSelector("a.review-item")));
            review(decision, "Examen corrigé.", null);
            assertThat(item("Laptop (forensic copy)").getAttribute("data-status")).isEqualTo(decision);
        }
        browser.signOut();

        // the clerk records the notification of the affected person and counsel's objection to the hearing record
        browser.signIn("demo-clerk", "fr").go("/cases/" + id + "/results");
        assertThat(browser.text("#not-yet-notified")).contains("Dinara Kuanishbaeva (p1)");
        new Select(browser.find("#notification-person")).selectByVisibleText("Dinara Kuanishbaeva (p1)");
        setValue("#notification-notifiedOn", LocalDate.now(clock).toString());
        browser.click("#record-notification");
        assertThat(browser.find("#remedy-period").getAttribute("data-ends"))
                .isEqualTo(LocalDate.now(clock).plusDays(15).toString());
        browser.find("#objection-objector").sendKeys("Maître Claire Marchal");
        new Select(browser.find("#objection-capacity")).selectByValue("COUNSEL");
        setValue("#objection-receivedOn", LocalDate.now(clock).toString());
        browser.find("#objection-item-" + item("Hearing of Dinara Kuanishbaeva on " + LocalDate.now(clock))
                .getAttribute("data-item")).click();
        browser.find("#objection-grounds").sendKeys("L'audition a porté sur les questions de l'État persécuteur.");
        axe.put("results: notification and objection forms (clerk)", browser.axe());
        browser.click("#record-objection");
        assertThat(browser.all("article.objection[data-pending='true']")).hasSize(1);
        browser.signOut();

        // the judge: the transmission is held back (incident, objection, remedy period), each reason on the page
        browser.signIn("demo-judge", "fr").go("/cases/" + id + "/transmission");
        assertThat(browser.all("#transmission-blockers li")).extracting(e -> e.getAttribute("data-code"))
                .containsExactlyInAnyOrder("incident-open", "objection-pending", "remedy-period-running");
        browser.go("/cases/" + id + "/execution");
        browser.screenshot(Screenshots.folder().resolve("fr-execution.png"));
        axe.put("execution: incident ruling form (judge)", browser.axe());
        browser.find("#incidents textarea").sendKeys("Les photographies ne sont pas des preuves ; l'État requérant "
                + "est rappelé que ses agents ne font qu'observer.");
        browser.click("#incidents button.rule-incident");
        assertThat(browser.find("#incidents article.incident").getAttribute("data-open")).isEqualTo("false");
        browser.go("/cases/" + id + "/results");
        WebElement objection = browser.find("article.objection");
        objection.findElement(By.cssSelector("input[value='UPHELD']")).click();
        objection.findElement(By.cssSelector("textarea")).sendKeys("Le procès-verbal d'audition n'est pas transmis.");
        browser.click(objection.findElement(By.cssSelector("button.rule-objection")));
        assertThat(browser.find("article.objection").getAttribute("data-pending")).isEqualTo("false");

        browser.go("/cases/" + id + "/transmission");
        assertThat(browser.all("#outgoing tbody tr")).extracting(e -> e.getAttribute("data-version"))
                .containsExactly("REDACTED", "ORIGINAL");
        axe.put("transmission: what would leave (judge)", browser.axe());
        browser.click("#transmit-package");
        assertThat(browser.all("#refusal li")).singleElement().satisfies(li -> assertThat(li.getText())
                .contains("Le délai de recours après la notification n'est pas écoulé."));
        assertThat(browser.find("#recipient").getAttribute("value")).as("the form keeps what was filled in")
                .startsWith("Anti-Corruption Agency");
        axe.put("transmission refused (409)", browser.axe());
        browser.screenshot(Screenshots.folder().resolve("fr-transmission.png"));

        clock.advance(Duration.ofDays(16));
        browser.go("/cases/" + id + "/transmission");
        assertThat(browser.all("#transmission-blockers")).isEmpty();
        new Select(browser.find("#channel")).selectByValue("DIPLOMATIC");
        browser.click("#transmit-package");
        assertThat(browser.text(".notice")).isEqualTo("Le paquet est transmis et enregistré.");
        assertThat(browser.find("#case-state").getAttribute("data-state")).isEqualTo("TRANSMITTED");
        assertThat(browser.all("#manifest tbody tr")).extracting(e -> e.getAttribute("data-version"))
                .containsExactly("REDACTED", "ORIGINAL");
        assertThat(browser.text("#package-sha")).matches("[0-9a-f]{64}");
        assertThat(browser.text("#sent")).contains("ROG-USE-LIMITATION");
        assertThat(browser.find("#download-package").getAttribute("href"))
                .as("the judge hands over the package that left").endsWith("/cases/" + id + "/transmission/package");
        axe.put("transmission: the package that left", browser.axe());
        browser.screenshot(Screenshots.folder().resolve("fr-transmission-sent.png"));
        assertThat(browser.all("#close-file")).as("only the central authority closes the file").isEmpty();
        browser.signOut();

        browser.signIn("demo-central", "fr").go("/cases/" + id + "/transmission");
        browser.click("#close-file");
        assertThat(browser.text(".notice")).isEqualTo("Le dossier est clôturé.");
        assertThat(browser.find("#case-state").getAttribute("data-state")).isEqualTo("CLOSED");
        browser.signOut();

        System.out.println("axe-core violations by impact, per page (execution, results, transmission):");
        axe.forEach((page, report) -> System.out.println("  " + page + ": " + report));
        assertThat(axe).allSatisfy((page, report) -> assertThat(report.seriousOrWorse()).as(page + ": " + report)
                .isZero());
        assertThat(Screenshots.folder().resolve("fr-execution.png")).isNotEmptyFile();
    }

    private void seized(int row, String kind, String label, String place, String description) {
        new Select(browser.find("#seized-" + row + "-kind")).selectByValue(kind);
        browser.find("#seized-" + row + "-label").sendKeys(label);
        browser.find("#seized-" + row + "-placeFound").sendKeys(place);
        browser.find("#seized-" + row + "-description").sendKeys(description);
    }

    private WebElement item(String label) {
        return browser.all("article.item").stream().filter(e -> label.equals(e.getAttribute("data-label"))).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + label));
    }

    private void storeText(String label, String text) {
        WebElement item = item(label);
        setValue(item.findElement(By.cssSelector("textarea")), text);
        browser.click(item.findElement(By.cssSelector("button.store-content")));
        assertThat(browser.text(".notice")).startsWith("Le texte est enregistré");
        assertThat(item(label).findElements(By.cssSelector(".content-missing"))).isEmpty();
    }

    private void review(String decision, String reasons, String redactedText) {
        browser.find("#decision-" + decision).click();
        browser.find("#reasons").clear();
        browser.find("#reasons").sendKeys(reasons);
        if (redactedText != null) {
            setValue(browser.find("#redactedText"), redactedText);
        }
        browser.click("#record-review");
    }

    private void setValue(String css, String value) {
        setValue(browser.find(css), value);
    }

    /** Date fields follow the browser's locale when typed into, and long texts are slow to type: the value is set. */
    private void setValue(WebElement field, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1];", field, value);
    }
}
