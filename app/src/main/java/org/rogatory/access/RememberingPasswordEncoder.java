package org.rogatory.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, remembering for a few minutes which password matched which stored hash. The API is
 * stateless HTTP Basic, so every call would otherwise pay a full BCrypt verification (tens of
 * milliseconds of CPU), which caps a two-core server at a few dozen calls a second.
 *
 * <p>Only successful matches are remembered, keyed by an HMAC (with a key that lives and dies with
 * the process) of the stored hash and the password, so the memory never holds a password and a
 * changed or removed password stops matching at once: the stored hash is part of the key.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

    private static final Duration REMEMBER_FOR = Duration.ofMinutes(10);
    private static final int MAX_REMEMBERED = 10_000;

    private final PasswordEncoder bcrypt;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Long> matchedUntil = new ConcurrentHashMap<>();

    RememberingPasswordEncoder(PasswordEncoder bcrypt) {
        this.bcrypt = bcrypt;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String memo = memo(rawPassword, encodedPassword);
        Long until = matchedUntil.get(memo);
        long now = System.nanoTime();
        if (until != null && now - until < 0) {
            return true;
        }
        boolean matches = bcrypt.matches(rawPassword, encodedPassword);
        if (matches) {
            if (matchedUntil.size() >= MAX_REMEMBERED) {
                matchedUntil.clear();
            }
            matchedUntil.put(memo, now + REMEMBER_FOR.toNanos());
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private String memo(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }
}
