package org.rogatory.access;

import java.util.Objects;

/** A signed-in person: one role, and the language the interface speaks to them in. */
public record User(String username, Role role, Language language) {

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        language = language == null ? Language.EN : language;
    }
}
