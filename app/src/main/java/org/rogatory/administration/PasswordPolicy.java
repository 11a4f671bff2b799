package org.rogatory.administration;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a password chosen for an account must be (docs/DECISIONS.md, "Users"): long rather than
 * clever, as NIST SP 800-63B advises, so no rules about digits or symbols, which only push people
 * towards {@code Password1!}. Each rule is a named value; {@link #RULES} lists them all and every
 * breach is reported at once.
 *
 * <p>The demo users' password ({@code demo}) is not held to it: the demo runs on a throw-away
 * in-memory database.
 */
public final class PasswordPolicy {

    public static final int MIN_CHARACTERS = 12;
    /** BCrypt reads no more than 72 bytes: anything after them would be silently ignored. */
    public static final int MAX_BYTES = 72;
    public static final int MIN_DISTINCT_CHARACTERS = 5;

    /** One rule: what is wrong with the password for this user, if anything. */
    interface Rule {
        Optional<String> breach(String username, String password);
    }

    static final Rule LONG_ENOUGH = (username, password) -> password.codePointCount(0, password.length())
            < MIN_CHARACTERS
            ? Optional.of("must be at least " + MIN_CHARACTERS + " characters long") : Optional.empty();

    static final Rule WITHIN_BCRYPT_LIMIT = (username, password) -> password.getBytes(StandardCharsets.UTF_8).length
            > MAX_BYTES ? Optional.of("must be at most " + MAX_BYTES + " bytes long in UTF-8") : Optional.empty();

    static final Rule NOT_THE_USERNAME = (username, password) -> username != null && !username.isBlank()
            && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))
            ? Optional.of("must not contain the username") : Optional.empty();

    /** Catches {@code aaaaaaaaaaaa}, {@code 121212121212} and the like. */
    static final Rule VARIED_ENOUGH = (username, password) -> password.codePoints().distinct().count()
            < MIN_DISTINCT_CHARACTERS
            ? Optional.of("must use at least " + MIN_DISTINCT_CHARACTERS + " different characters") : Optional.empty();

    /** A line break could not be typed at a sign-in form, nor read back from standard input. */
    static final Rule PRINTABLE = (username, password) -> password.codePoints().anyMatch(Character::isISOControl)
            ? Optional.of("must not contain control characters such as line breaks") : Optional.empty();

    static final List<Rule> RULES = List.of(LONG_ENOUGH, WITHIN_BCRYPT_LIMIT, NOT_THE_USERNAME, VARIED_ENOUGH,
            PRINTABLE);

    private PasswordPolicy() {
    }

    /** Everything wrong with the password, in words that complete "the password …"; empty if it is acceptable. */
    public static List<String> breaches(String username, String password) {
        if (password == null || password.isEmpty()) {
            return List.of("is required");
        }
        return RULES.stream().flatMap(rule -> rule.breach(username, password).stream()).toList();
    }
}
