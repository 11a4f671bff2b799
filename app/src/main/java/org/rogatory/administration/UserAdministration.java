package org.rogatory.administration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rogatory.access.Language;
import org.rogatory.access.Role;
import org.rogatory.access.UserAccount;
import org.rogatory.access.Users;
import org.rogatory.audit.Actor;
import org.rogatory.audit.AuditTrail;
import org.rogatory.web.FieldProblem;
import org.rogatory.web.ProblemException;
import org.rogatory.web.ProblemKind;
import org.rogatory.web.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on accounts (DESIGN.md §1, ADMIN: "users … no case content"): list,
 * create, reset a password, disable and enable. Every change and every listing is recorded in the
 * audit trail, never with a password. The same rules hold whether the administrator uses the API,
 * the operator the command line, or the server creates the first administrator at its first start.
 *
 * <p>A user's role is fixed for the life of the account: cases stay visible to the users assigned to
 * them, so a judge's account turned into a clerk's would keep seeing the judge's cases. Someone who
 * changes function gets a new account and the old one is disabled.
 */
@Service
public class UserAdministration {

    /** Lower case, so that {@code Alice} and {@code alice} cannot be two people. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    /** The audit trail's name for the system acting by itself. */
    static final Set<String> RESERVED = Set.of(Actor.system().username());

    private final Users users;
    private final AuditTrail audit;

    UserAdministration(Users users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    /** What an administrator asks for: every field as sent, checked here so that every bad one is named. */
    public record NewAccount(String username, String password, String role, String language) {
    }

    @Transactional
    public List<UserAccount> list(Actor actor) {
        List<UserAccount> accounts = users.all();
        audit.record(actor, "users.listed", null, null, Map.of("count", accounts.size()));
        return accounts;
    }

    /** Creates the account: 400 naming every bad field, 409 if the username is taken. */
    @Transactional
    public UserAccount create(NewAccount request, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = request.username();
        if (username == null || username.isBlank()) {
            problems.add(new FieldProblem("/username", "is required"));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("/username", "must be 3 to 100 lower-case letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit"));
        } else if (RESERVED.contains(username)) {
            problems.add(new FieldProblem("/username", "is reserved"));
        }
        passwordProblems(username, request.password()).forEach(problems::add);
        Role role = parse(Role.class, request.role(), "/role", true, problems);
        Language language = parse(Language.class, request.language(), "/language", false, problems);
        if (!problems.isEmpty()) {
            throw Problems.exception(Problems.invalidRequest(problems));
        }
        language = language == null ? Language.EN : language;
        if (!users.addIfAbsent(username, request.password(), role, language)) {
            throw Problems.exception(Problems.of(ProblemKind.STATE_CONFLICT,
                    "A user named '" + username + "' exists already."));
        }
        UserAccount account = new UserAccount(username, role, language, true);
        audit.record(actor, "user.created", null, object(username), details("role", role.name(), "language",
                language.code()));
        return account;
    }

    /** Sets a new password chosen by the administrator: 404 for an unknown user, 400 if it breaks the policy. */
    @Transactional
    public void resetPassword(String username, String password, Actor actor) {
        UserAccount account = existing(username);
        List<FieldProblem> problems = passwordProblems(username, password);
        if (!problems.isEmpty()) {
            throw Problems.exception(Problems.invalidRequest(problems));
        }
        users.changePassword(account.username(), password);
        audit.record(actor, "user.password.reset", null, object(username), Map.of());
    }

    /**
     * Stops the user from signing in, at once and by every door (the check sits in the lookup every
     * sign-in goes through). The last enabled administrator cannot be disabled: nobody could enable
     * anyone again.
     */
    @Transactional
    public UserAccount disable(String username, Actor actor) {
        UserAccount account = existing(username);
        if (account.role() == Role.ADMIN && account.enabled()
                && users.lockEnabled(Role.ADMIN).equals(List.of(account.username()))) {
            throw Problems.exception(Problems.of(ProblemKind.STATE_CONFLICT,
                    "'" + username + "' is the last enabled administrator; enable or create another one first."));
        }
        return changeEnabled(account, false, actor);
    }

    @Transactional
    public UserAccount enable(String username, Actor actor) {
        return changeEnabled(existing(username), true, actor);
    }

    private UserAccount changeEnabled(UserAccount account, boolean enabled, Actor actor) {
        users.setEnabled(account.username(), enabled);
        audit.record(actor, enabled ? "user.enabled" : "user.disabled", null, object(account.username()),
                details("role", account.role().name()));
        return new UserAccount(account.username(), account.role(), account.language(), enabled);
    }

    /** A refusal in one line, for the command line and the log: "password must be at least 12 characters long; …". */
    public static String describe(ProblemException refusal) {
        ProblemDetail problem = refusal.getBody();
        Object errors = problem.getProperties() == null ? null : problem.getProperties().get("errors");
        if (errors instanceof List<?> list) {
            return list.stream()
                    .map(e -> e instanceof FieldProblem f ? f.pointer().substring(1) + " " + f.detail()
                            : String.valueOf(e))
                    .collect(Collectors.joining("; "));
        }
        return problem.getDetail();
    }

    private UserAccount existing(String username) {
        return users.accountOf(username).orElseThrow(() -> Problems.exception(Problems.of(ProblemKind.NOT_FOUND,
                "There is no user named '" + username + "'.")));
    }

    private static List<FieldProblem> passwordProblems(String username, String password) {
        return PasswordPolicy.breaches(username, password).stream()
                .map(breach -> new FieldProblem("/password", breach))
                .toList();
    }

    /** The constant named by the value (case does not matter), or a problem listing the accepted values. */
    private static <E extends Enum<E>> E parse(Class<E> type, String value, String pointer, boolean required,
            List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(pointer, "is required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(pointer, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> type == Language.class ? ((Language) c).code() : c.name())
                    .collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static String object(String username) {
        return "user/" + username;
    }

    private static Map<String, Object> details(String... keysAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            details.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return details;
    }
}
