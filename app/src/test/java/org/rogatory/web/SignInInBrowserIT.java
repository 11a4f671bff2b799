package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rogatory.access.Language;
import org.rogatory.access.Role;
import org.rogatory.access.Users;
import org.rogatory.support.Api;
import org.rogatory.support.Browser;
import org.rogatory.support.Cases;
import org.rogatory.support.Fixtures;
import org.rogatory.support.PostgresIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in and out of the browser interface: the user's own language from the first page, a
 * language switch that is remembered, a lock after repeated failures (for the API too), CSRF
 * tokens on every form, and pages that show each role only what it may see.
 */
@PostgresIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInInBrowserIT {

    private static final String PASSWORD = "a long enough passphrase";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port);
    }

    @BeforeEach
    void signedOut() {
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aUserWorksInTheirOwnLanguageFromSignInAndTheSwitchIsRemembered() {
        String username = newUser(Language.NL);
        signIn(username, PASSWORD);
        assertThat(browser.lang()).isEqualTo("nl");
        assertThat(browser.text("h1")).isEqualTo("Mijn werklijst");

        browser.language("de");
        assertThat(browser.text("h1")).isEqualTo("Mein Eingang");
        browser.signOut();
        assertThat(browser.path()).isEqualTo("/login?logout");
        assertThat(browser.lang()).as("signed out, the browser still speaks the language last chosen").isEqualTo("de");

        signIn(username, PASSWORD);
        assertThat(browser.lang()).isEqualTo("de");
    }

    @Test
    void theSignInPageSpeaksTheLanguageChosenOnIt() {
        browser.go("/login").language("fr");
        assertThat(browser.text("h1")).isEqualTo("Connexion");
        assertThat(browser.text("label[for='password']")).isEqualTo("Mot de passe");
    }

    @Test
    void repeatedFailedSignInsLockTheAccountEvenAgainstTheRightPasswordAndForTheApiToo() {
        String username = newUser(Language.EN);
        for (int i = 0; i < 5; i++) {
            signIn(username, "wrong guess " + i);
            assertThat(browser.path()).isEqualTo("/login?error");
        }
        signIn(username, PASSWORD);
        assertThat(browser.path()).isEqualTo("/login?locked");
        assertThat(browser.text(".alert")).contains("locked");
        assertThat(Api.at(port).as(username, PASSWORD).get("/api/v1/requests").status()).isEqualTo(401);
    }

    @Test
    void aSuccessfulSignInEndsTheRunOfFailures() {
        String username = newUser(Language.EN);
        for (int i = 0; i < 4; i++) {
            signIn(username, "wrong guess " + i);
        }
        signIn(username, PASSWORD);
        assertThat(browser.path()).isEqualTo("/queue");
        browser.signOut();
        for (int i = 0; i < 4; i++) {
            signIn(username, "wrong guess " + i);
        }
        signIn(username, PASSWORD);
        assertThat(browser.path()).isEqualTo("/queue");
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=demo-clerk&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void aDisabledUsersSessionEndsAtTheirNextRequest() {
        String username = newUser(Language.EN);
        signIn(username, PASSWORD);
        browser.go("/queue");
        assertThat(browser.path()).isEqualTo("/queue");
        users.setEnabled(username, false);
        browser.go("/queue");
        assertThat(browser.path()).isEqualTo("/login?expired");
        browser.go("/queue");
        assertThat(browser.path()).as("the session is gone, not only refused once").isEqualTo("/login");
    }

    @Test
    void pagesAskForSignInAndSignOutEndsTheSession() {
        browser.go("/queue");
        assertThat(browser.path()).isEqualTo("/login");
        browser.signIn("demo-clerk", "en").signOut();
        browser.go("/queue");
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    void eachRoleIsOfferedOnlyWhatItMayDoAndSeesNoCaseItNeedNotKnow() {
        String id = new Cases(Api.at(port)).register(Fixtures.BENIGN);
        browser.signIn("demo-police", "en");
        assertThat(browser.all("nav a")).extracting(e -> e.getAttribute("href"))
                .noneMatch(href -> href.endsWith("/intake") || href.endsWith("/approvals"));
        browser.go("/cases/" + id);
        assertThat(browser.text("h1")).isEqualTo("Not found");
        browser.go("/intake");
        assertThat(browser.text("h1")).isEqualTo("Not allowed for your role");
        browser.signOut();

        browser.signIn("demo-oversight", "en");
        assertThat(browser.path()).isEqualTo("/oversight");
        browser.go("/audit");
        assertThat(browser.text(".notice")).contains("intact");
        browser.go("/cases/" + id);
        assertThat(browser.text("h1")).isEqualTo("Not allowed for your role");
    }

    private void signIn(String username, String password) {
        browser.go("/login");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(password);
        browser.click("form.stack button[type='submit']");
    }

    private String newUser(Language language) {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        users.addIfAbsent(username, PASSWORD, Role.CLERK, language);
        return username;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
