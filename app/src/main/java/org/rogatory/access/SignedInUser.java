package org.rogatory.access;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Spring Security's view of a {@link User}: the principal of every authenticated request. */
final class SignedInUser implements UserDetails {

    private final User user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean failedBefore;

    SignedInUser(Users.Account account, boolean locked) {
        this.user = account.user();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.locked = locked;
        this.failedBefore = account.failedLogins() > 0;
    }

    User user() {
        return user;
    }

    /** Whether sign-ins failed since the last successful one (so that a success has a run to end). */
    boolean failedBefore() {
        return failedBefore;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Component
    static final class Directory implements UserDetailsService {

        private final Users users;
        private final LoginLockout lockout;
        private final Clock clock;

        Directory(Users users, LoginLockout lockout, Clock clock) {
            this.users = users;
            this.lockout = lockout;
            this.clock = clock;
        }

        @Override
        public UserDetails loadUserByUsername(String username) {
            return users.account(username)
                    .map(account -> new SignedInUser(account, lockout.isLocked(account.lockedUntil(), clock.instant())))
                    .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        }
    }
}
