package org.rogatory.access;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo users of DESIGN.md §10, one per role, all with the password of
 * {@code ROGATORY_DEMO_PASSWORD} (default {@code demo}). Created by {@code rogatory demo} and by the
 * integration tests ({@code rogatory.demo.users=true}), never by a plain {@code serve}.
 */
@Component
@ConditionalOnBooleanProperty("rogatory.demo.users")
@Order(DemoUsers.ORDER)
public class DemoUsers implements ApplicationRunner {

    /** Runs before anything that acts as a demo user. */
    public static final int ORDER = 0;

    /** Username to role, in the order of DESIGN.md §10. */
    public static final Map<String, Role> USERS = ordered(
            "demo-clerk", Role.CLERK,
            "demo-central", Role.CENTRAL_AUTHORITY,
            "demo-supervisor", Role.SUPERVISOR,
            "demo-prosecutor", Role.PROSECUTOR,
            "demo-judge", Role.INVESTIGATING_JUDGE,
            "demo-police", Role.POLICE,
            "demo-reviewer", Role.PRIVILEGE_REVIEWER,
            "demo-oversight", Role.OVERSIGHT,
            "demo-admin", Role.ADMIN);

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final Users users;
    private final String password;

    DemoUsers(Users users, @Value("${ROGATORY_DEMO_PASSWORD:demo}") String password) {
        this.users = users;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        USERS.forEach((username, role) -> users.addIfAbsent(username, password, role, Language.EN));
        log.info("demo users ready: {}", String.join(", ", USERS.keySet()));
    }

    private static Map<String, Role> ordered(Object... pairs) {
        Map<String, Role> users = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            users.put((String) pairs[i], (Role) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(users);
    }

    public static String usernameFor(Role role) {
        return USERS.entrySet().stream().filter(e -> e.getValue() == role).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }
}
