package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInPageTest {

    @Test
    void theLanguageSwitchSendsPeopleBackOnlyWithinTheApplication() {
        assertThat(SignInPage.local("/cases/1?x=2")).isEqualTo("/cases/1?x=2");
        assertThat(SignInPage.local("//evil.example/")).isEqualTo("/");
        assertThat(SignInPage.local("https://evil.example/")).isEqualTo("/");
        assertThat(SignInPage.local("/\\evil.example")).isEqualTo("/");
    }
}
