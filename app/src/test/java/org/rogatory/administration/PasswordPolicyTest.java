package org.rogatory.administration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphraseWithoutDigitsOrSymbols() {
        assertThat(PasswordPolicy.breaches("anna.clerk", "correct horse battery staple")).isEmpty();
    }

    @Test
    void acceptsTwelveCharactersInAnyScript() {
        assertThat(PasswordPolicy.breaches("anna.clerk", "Жардемали-пароль")).isEmpty();
        assertThat(PasswordPolicy.breaches("anna.clerk", "短いけど十二文字のパスワード")).isEmpty();
    }

    @Test
    void refusesAnEmptyPassword() {
        assertThat(PasswordPolicy.breaches("anna.clerk", "")).containsExactly("is required");
        assertThat(PasswordPolicy.breaches("anna.clerk", null)).containsExactly("is required");
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertThat(PasswordPolicy.breaches("anna.clerk", "elevenchars")).containsExactly(
                "must be at least 12 characters long");
    }

    @Test
    void refusesWhatBcryptWouldTruncate() {
        // 27 characters of three bytes each: 81 bytes
        assertThat(PasswordPolicy.breaches("anna.clerk", "日本語のパスワードはとても長くなることがあるのですよね"))
                .containsExactly("must be at most 72 bytes long in UTF-8");
    }

    @Test
    void refusesAPasswordContainingTheUsernameInAnyCase() {
        assertThat(PasswordPolicy.breaches("anna.clerk", "my name is ANNA.CLERK")).containsExactly(
                "must not contain the username");
    }

    @Test
    void refusesRepetition() {
        assertThat(PasswordPolicy.breaches("anna.clerk", "abababababababab")).containsExactly(
                "must use at least 5 different characters");
    }

    @Test
    void refusesLineBreaks() {
        assertThat(PasswordPolicy.breaches("anna.clerk", "first line\nsecond line")).containsExactly(
                "must not contain control characters such as line breaks");
    }

    @Test
    void namesEveryBreachAtOnce() {
        assertThat(PasswordPolicy.breaches("aaa", "aaaa")).containsExactly("must be at least 12 characters long",
                "must not contain the username", "must use at least 5 different characters");
    }
}
