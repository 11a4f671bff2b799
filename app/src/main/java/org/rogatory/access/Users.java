package org.rogatory.access;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
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

    /** Adds the user unless one of that name exists; returns whether it was added. */
    @Transactional
    public boolean addIfAbsent(String username, String password, Role role, Language language) {
        if (find(username).isPresent()) {
            return false;
        }
        jdbc.sql("insert into users (username, password_hash, role, language, enabled) values (?, ?, ?, ?, true)")
                .params(username, passwords.encode(password), role.name(), language.code())
                .update();
        return true;
    }

    public Optional<User> find(String username) {
        return account(username).map(Account::user);
    }

    Optional<Account> account(String username) {
        return jdbc.sql("select username, password_hash, role, language, enabled from users where username = ?")
                .param(username)
                .query((rs, n) -> new Account(
                        new User(rs.getString("username"), Role.valueOf(rs.getString("role")),
                                Language.ofCode(rs.getString("language"))),
                        rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional();
    }

    record Account(User user, String passwordHash, boolean enabled) {
    }
}
