package org.rogatory.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberingPasswordEncoderTest {

    final AtomicInteger verifications = new AtomicInteger();
    final PasswordEncoder bcrypt = new Counting(new BCryptPasswordEncoder(4));
    final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(bcrypt);

    final class Counting implements PasswordEncoder {
        private final PasswordEncoder delegate;

        Counting(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            verifications.incrementAndGet();
            return delegate.matches(raw, encoded);
        }
    }

    @Test
    void storesBcryptHashes() {
        assertThat(encoder.encode("demo")).startsWith("$2a$");
    }

    @Test
    void verifiesAMatchingPasswordWithBcryptOnceThenRemembersIt() {
        String hash = encoder.encode("demo");
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(verifications).hasValue(1);
    }

    @Test
    void neverRemembersAWrongPassword() {
        String hash = encoder.encode("demo");
        assertThat(encoder.matches("wrong", hash)).isFalse();
        assertThat(encoder.matches("wrong", hash)).isFalse();
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aChangedPasswordHashNoLongerMatchesTheOldPassword() {
        String hash = encoder.encode("demo");
        assertThat(encoder.matches("demo", hash)).isTrue();
        String changed = encoder.encode("new secret");
        assertThat(encoder.matches("demo", changed)).isFalse();
    }
}
