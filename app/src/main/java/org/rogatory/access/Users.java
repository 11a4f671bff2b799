package org.rogatory.access;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The people who may sign in: one role each, a password kept only as a bcrypt hash, a language. */
@Repository
public class Users {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Users(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /**
     * Adds the user unless one of that name exists; returns whether it was added (also when someone
     * else adds the same name at the same moment).
     */
    @Transactional
    public boolean addIfAbsent(String username, String password, Role role, Language language) {
        if (find(username).isPresent()) {
            return false;
        }
        return jdbc.sql("insert into users (username, password_hash, role, language, enabled) "
                        + "values (?, ?, ?, ?, true) on conflict do nothing")
                .params(username, passwords.encode(password), role.name(), language.code())
                .update() == 1;
    }

    /** Everyone who has an account, by username. */
    public List<UserAccount> all() {
        return jdbc.sql("select username, role, language, enabled from users order by username")
                .query((rs, n) -> new UserAccount(rs.getString("username"), Role.valueOf(rs.getString("role")),
                        Language.ofCode(rs.getString("language")), rs.getBoolean("enabled")))
                .list();
    }

    public Optional<UserAccount> accountOf(String username) {
        return account(username).map(a -> new UserAccount(a.user().username(), a.user().role(), a.user().language(),
                a.enabled()));
    }

    public boolean anyone() {
        return jdbc.sql("select count(*) from users").query(Long.class).single() > 0;
    }

    /** Replaces the password; false if there is no such user. The old password stops working at once. */
    @Transactional
    public boolean changePassword(String username, String password) {
        return jdbc.sql("update users set password_hash = ? where username = ?")
                .params(passwords.encode(password), username)
                .update() == 1;
    }

    /** Lets the user sign in again, or stops them; false if there is no such user. */
    @Transactional
    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("update users set enabled = ? where username = ?").params(enabled, username).update() == 1;
    }

    /**
     * The enabled users with the role, held until the transaction ends: two administrators
     * disabling each other at the same moment are served one after the other, and the second sees
     * the first's change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> lockEnabled(Role role) {
        return jdbc.sql("select username from users where role = ? and enabled order by username for update")
                .param(role.name())
                .query(String.class)
                .list();
    }

    public Optional<User> find(String username) {
        return account(username).map(Account::user);
    }

    /** The language the interface speaks to the user in from now on, also at their next sign-in. */
    @Transactional
    public void changeLanguage(String username, Language language) {
        jdbc.sql("update users set language = ? where username = ?").params(language.code(), username).update();
    }

    /** Counts a failed sign-in of a known user and locks the account after too many in a row. */
    @Transactional
    public void recordFailedLogin(String username, LoginLockout lockout, Instant now) {
        Optional<Account> account = jdbc.sql("""
                        select username, password_hash, role, language, enabled, failed_logins, locked_until
                        from users where username = ? for update""")
                .param(username)
                .query(Users::account)
                .optional();
        if (account.isEmpty() || lockout.isLocked(account.get().lockedUntil(), now)) {
            return;
        }
        LoginLockout.Standing standing = lockout.afterFailure(account.get().failedLogins(), now);
        jdbc.sql("update users set failed_logins = ?, locked_until = ? where username = ?")
                .params(standing.failures(), standing.lockedUntil() == null ? null
                        : OffsetDateTime.ofInstant(standing.lockedUntil(), ZoneOffset.UTC), username)
                .update();
    }

    /** A successful sign-in ends the run of failures (written only when there was one). */
    @Transactional
    public void recordSuccessfulLogin(String username) {
        jdbc.sql("update users set failed_logins = 0 where username = ? and failed_logins > 0").param(username).update();
    }

    Optional<Account> account(String username) {
        return jdbc.sql("""
                        select username, password_hash, role, language, enabled, failed_logins, locked_until
                        from users where username = ?""")
                .param(username)
                .query(Users::account)
                .optional();
    }

    private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        return new Account(new User(rs.getString("username"), Role.valueOf(rs.getString("role")),
                Language.ofCode(rs.getString("language"))), rs.getString("password_hash"), rs.getBoolean("enabled"),
                rs.getInt("failed_logins"), lockedUntil == null ? null : lockedUntil.toInstant());
    }

    record Account(User user, String passwordHash, boolean enabled, int failedLogins, Instant lockedUntil) {
    }
}
