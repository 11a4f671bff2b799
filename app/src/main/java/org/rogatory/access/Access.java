package org.rogatory.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rogatory.web.ProblemKind;
import org.rogatory.web.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in user of the current request, and the check that their role may do what they ask; a
 * refusal is published ({@link OperationRefused}) for the audit trail.
 */
@Component
public class Access {

    /** A case's resources, in the API and in the browser interface. */
    private static final Pattern CASE_PATH = Pattern.compile("^/(?:api/v1/requests|cases)/([A-Za-z0-9-]{1,64})(?:/|$)");

    private final ApplicationEventPublisher events;

    Access(ApplicationEventPublisher events) {
        this.events = events;
    }

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
            events.publishEvent(refused(user, operation));
            throw Problems.exception(Problems.of(ProblemKind.FORBIDDEN,
                    user.role() + " may not " + operation.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "."));
        }
        return user;
    }

    private static OperationRefused refused(User user, Operation operation) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return new OperationRefused(user, operation, null, null, null);
        }
        HttpServletRequest request = attributes.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher onCase = CASE_PATH.matcher(path);
        return new OperationRefused(user, operation, request.getMethod(), path, onCase.find() ? onCase.group(1) : null);
    }
}
