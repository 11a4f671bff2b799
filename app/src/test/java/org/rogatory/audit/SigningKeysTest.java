package org.rogatory.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.audit.domain.Checkpoint;

class SigningKeysTest {

    /** The example Ed25519 key of RFC 8410, section 10.3, as OpenSSL writes such keys. */
    static final String RFC_8410_PRIVATE_KEY = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC
            -----END PRIVATE KEY-----
            """;
    static final String RFC_8410_PUBLIC_KEY = "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=";

    @TempDir
    Path temp;

    @Test
    void readsAnOpenSslPrivateKeyAndDerivesItsPublicKey() throws IOException {
        Path file = temp.resolve("key.pem");
        Files.writeString(file, RFC_8410_PRIVATE_KEY);
        KeyPair keys = SigningKeys.read(file);
        assertThat(Checkpoint.encode(keys.getPublic())).isEqualTo(RFC_8410_PUBLIC_KEY);
        assertThat(Checkpoint.sign(1, "ab".repeat(32), Instant.EPOCH, keys).signatureHolds()).isTrue();
    }

    @Test
    void writesANewKeyOnlyItsOwnerCanReadAndNeverReplacesOne() throws IOException {
        KeyPair keys = SigningKeys.generate();
        Path file = temp.resolve("data").resolve("audit-signing-key.pem");
        SigningKeys.write(keys, file);
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SigningKeys.read(file).getPublic()).isEqualTo(keys.getPublic());

        assertThatThrownBy(() -> SigningKeys.write(SigningKeys.generate(), file)).hasMessageContaining("not replaced");
        assertThat(SigningKeys.read(file).getPublic()).isEqualTo(keys.getPublic());
    }

    @Test
    void refusesAFileWithoutAnEd25519PrivateKey() throws IOException {
        Path file = temp.resolve("key.pem");
        Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + RFC_8410_PUBLIC_KEY + "\n-----END PUBLIC KEY-----\n");
        assertThatThrownBy(() -> SigningKeys.read(file)).hasMessageContaining("no PEM PRIVATE KEY");
    }

    @Test
    void readsAPublicKeyAsPemOrBareBase64() throws GeneralSecurityException {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + RFC_8410_PUBLIC_KEY + "\n-----END PUBLIC KEY-----\n";
        assertThat(Checkpoint.encode(SigningKeys.publicKey(pem))).isEqualTo(RFC_8410_PUBLIC_KEY);
        assertThat(Checkpoint.encode(SigningKeys.publicKey(" " + RFC_8410_PUBLIC_KEY + "\n")))
                .isEqualTo(RFC_8410_PUBLIC_KEY);
        assertThatThrownBy(() -> SigningKeys.publicKey("hello")).isInstanceOf(GeneralSecurityException.class);
    }
}
