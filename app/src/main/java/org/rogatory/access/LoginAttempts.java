package org.rogatory.access;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps each user's run of failed sign-ins, from the browser's form and from HTTP Basic alike, so
 * that {@link LoginLockout} locks an account whichever door the guesses come through.
 */
@Component
class LoginAttempts {

    private final Users users;
    private final LoginLockout lockout;
    private final Clock clock;

    LoginAttempts(Users users, LoginLockout lockout, Clock clock) {
        this.users = users;
        this.lockout = lockout;
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailedLogin(event.getAuthentication().getName(), lockout, clock.instant());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user && user.failedBefore()) {
            users.recordSuccessfulLogin(user.getUsername());
        }
    }
}
