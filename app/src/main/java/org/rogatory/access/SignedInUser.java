package org.rogatory.access;

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

    SignedInUser(Users.Account account) {
        this.user = account.user();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
    }

    User user() {
        return user;
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

    @Component
    static final class Directory implements UserDetailsService {

        private final Users users;

        Directory(Users users) {
            this.users = users;
        }

        @Override
        public UserDetails loadUserByUsername(String username) {
            return users.account(username).map(SignedInUser::new)
                    .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        }
    }
}
