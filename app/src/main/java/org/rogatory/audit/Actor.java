package org.rogatory.audit;

import java.util.Objects;
import org.rogatory.access.User;

/** Who an audit event is about: a signed-in user in their role, or the system acting on its own. */
public record Actor(String username, String role) {

    private static final Actor SYSTEM = new Actor("system", "SYSTEM");

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    public static Actor of(User user) {
        return new Actor(user.username(), user.role().name());
    }

    public static Actor system() {
        return SYSTEM;
    }
}
