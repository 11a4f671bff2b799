package org.rogatory.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rogatory.audit.domain.Checkpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server's Ed25519 key for signing checkpoints of the audit chain (docs/audit.md, "Key
 * handling"). {@code rogatory.audit.signing-key} names a PEM private key file; a file that does not
 * exist yet is created with a new key (readable by its owner only) and its public key logged, so
 * that it can be given to oversight. Left empty (the demo, the tests), the key lives in memory and
 * dies with the process. A file that exists but holds no Ed25519 key stops the start.
 *
 * <p>After a change of key, the old public keys listed in {@code rogatory.audit.previous-public-keys}
 * are still trusted when a checkpoint is verified, so that checkpoints oversight took before remain
 * useful.
 */
@Component
class AuditSigningKey {

    private static final Logger log = LoggerFactory.getLogger(AuditSigningKey.class);

    private final KeyPair keys;
    private final Set<String> trusted = new LinkedHashSet<>();

    AuditSigningKey(@Value("${rogatory.audit.signing-key:}") String file,
            @Value("${rogatory.audit.previous-public-keys:}") List<String> previousPublicKeys) {
        this.keys = file.isBlank() ? inMemory() : fromFile(Path.of(file));
        trusted.add(publicKey());
        for (String previous : previousPublicKeys) {
            if (!previous.isBlank()) {
                try {
                    trusted.add(Checkpoint.encode(SigningKeys.publicKey(previous)));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("rogatory.audit.previous-public-keys: '" + previous
                            + "' is not an Ed25519 public key", e);
                }
            }
        }
    }

    KeyPair keys() {
        return keys;
    }

    /** The public key checkpoints are signed with now (X.509, Base64). */
    String publicKey() {
        return Checkpoint.encode(keys.getPublic());
    }

    /** Whether a checkpoint signed with this public key (X.509, Base64) comes from this installation. */
    boolean trusts(String publicKey) {
        try {
            return trusted.contains(Checkpoint.encode(Checkpoint.decode(publicKey)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static KeyPair inMemory() {
        log.warn("audit checkpoints are signed with a key that lives in memory only (rogatory.audit.signing-key is "
                + "empty): they cannot be verified against this server once it stops");
        return SigningKeys.generate();
    }

    private static KeyPair fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return SigningKeys.read(file);
            }
            KeyPair keys = SigningKeys.generate();
            try {
                SigningKeys.write(keys, file);
            } catch (IOException raced) {
                if (Files.exists(file)) {
                    return SigningKeys.read(file); // another process created it first: theirs is the key
                }
                throw raced;
            }
            log.warn("new audit signing key written to {}; keep a copy safe. Its public key, to give to oversight: {}",
                    file.toAbsolutePath(), Checkpoint.encode(keys.getPublic()));
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("rogatory.audit.signing-key: " + e.getMessage(), e);
        }
    }
}
