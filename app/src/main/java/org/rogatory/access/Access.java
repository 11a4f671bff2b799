package org.rogatory.access;

import java.util.Locale;
import java.util.Optional;
import org.rogatory.web.ProblemKind;
import org.rogatory.web.Problems;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, and the check that their role may do what they ask. */
@Component
public class Access {

    public User currentUser() {
        return signedIn().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no signed-in user"));
    }

    /** The signed-in user, if any (pages such as the sign-in form are also shown to nobody in particular). */
    public Optional<User> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn) {
            return Optional.of(signedIn.user());
        }
        return Optional.empty();
    }

    /** The current user, if their role may ask for the operation; otherwise a 403 problem. */
    public User require(Operation operation) {
        User user = currentUser();
        if (!Rights.allows(user.role(), operation)) {
            throw Problems.exception(Problems.of(ProblemKind.FORBIDDEN,
                    user.role() + " may not " + operation.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "."));
        }
        return user;
    }
}
