package org.rogatory.access;

/** A user as the administrator sees them: name, role, language, whether they may sign in. Never a password. */
public record UserAccount(String username, Role role, Language language, boolean enabled) {
}
