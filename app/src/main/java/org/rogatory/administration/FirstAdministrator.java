package org.rogatory.administration;

import org.rogatory.access.DemoUsers;
import org.rogatory.access.Role;
import org.rogatory.access.Users;
import org.rogatory.administration.UserAdministration.NewAccount;
import org.rogatory.audit.Actor;
import org.rogatory.web.ProblemException;
import org.rogatory.web.ProblemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Somebody has to be able to sign in to a fresh installation. At start, when no account exists at
 * all, the server creates an administrator named {@code ROGATORY_ADMIN_USERNAME} (default
 * {@code admin}) with the password in {@code ROGATORY_ADMIN_PASSWORD}, under the password policy;
 * a password that breaks it stops the start, saying why. Once anyone exists the variables are
 * ignored, so they can be removed after the first start. Without them the server starts anyway and
 * says how to create the first account ({@code rogatory users add}).
 */
@Component
@Order(DemoUsers.ORDER + 1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Users users;
    private final UserAdministration administration;
    private final String username;
    private final String password;

    FirstAdministrator(Users users, UserAdministration administration,
            @Value("${ROGATORY_ADMIN_USERNAME:admin}") String username,
            @Value("${ROGATORY_ADMIN_PASSWORD:}") String password) {
        this.users = users;
        this.administration = administration;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyone()) {
            return;
        }
        if (password.isEmpty()) {
            log.warn("No account exists yet, so nobody can sign in. Start the server once with ROGATORY_ADMIN_PASSWORD "
                    + "set (and ROGATORY_ADMIN_USERNAME, default 'admin'), or run: rogatory users add --username NAME "
                    + "--role ADMIN");
            return;
        }
        try {
            administration.create(new NewAccount(username, password, Role.ADMIN.name(), null), Actor.system());
            log.info("first administrator '{}' created; ROGATORY_ADMIN_PASSWORD is no longer read", username);
        } catch (ProblemException e) {
            if (e.getBody().getStatus() == ProblemKind.STATE_CONFLICT.status().value()) {
                return; // another node of the cluster created it at the same moment
            }
            throw new IllegalStateException("cannot create the first administrator from ROGATORY_ADMIN_USERNAME and "
                    + "ROGATORY_ADMIN_PASSWORD: " + UserAdministration.describe(e), e);
        }
    }
}
