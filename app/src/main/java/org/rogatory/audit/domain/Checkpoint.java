package org.rogatory.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;

/**
 * The head of the audit chain at a moment, signed with the server's Ed25519 key (DESIGN.md §7), to
 * be handed to oversight. A database superuser can rewrite the whole log and recompute every hash
 * so that the chain verifies again; they cannot make it contain a head that oversight holds a
 * signed copy of, unless they leave every event up to it as it was.
 *
 * <p>What is signed is {@link #signedText()}: four lines, UTF-8, so that anyone can check a
 * checkpoint with standard tools (docs/audit.md shows how with OpenSSL).
 *
 * @param sequence  the last event's sequence number (0 for an empty log)
 * @param hash      the last event's hash, hex ({@link AuditEvent#GENESIS} for an empty log)
 * @param publicKey the signer's public key: X.509 SubjectPublicKeyInfo, Base64
 * @param signature Ed25519 over {@link #signedText()}, Base64
 */
public record Checkpoint(long sequence, String hash, Instant signedAt, String publicKey, String signature) {

    static final String ALGORITHM = "Ed25519";
    static final String FORMAT = "rogatory-audit-checkpoint/1";

    public Checkpoint {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(signature, "signature");
    }

    /** Signs the head with the key pair; the signing time is kept to the second. */
    public static Checkpoint sign(long sequence, String hash, Instant signedAt, KeyPair keys) {
        Instant at = signedAt.truncatedTo(ChronoUnit.SECONDS);
        byte[] signature = sign(signedText(sequence, hash, at), keys.getPrivate());
        return new Checkpoint(sequence, hash, at, encode(keys.getPublic()),
                Base64.getEncoder().encodeToString(signature));
    }

    /** The text the signature covers: the format, then sequence, hash and signing time, one a line. */
    public String signedText() {
        return signedText(sequence, hash, signedAt);
    }

    private static String signedText(long sequence, String hash, Instant signedAt) {
        return FORMAT + "\n" + sequence + "\n" + hash + "\n" + DateTimeFormatter.ISO_INSTANT.format(signedAt) + "\n";
    }

    /** Whether the signature is the public key's over this checkpoint (false for a key or signature that is none). */
    public boolean signatureHolds() {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(decode(publicKey));
            verifier.update(signedText().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** The public key from its Base64 X.509 form. */
    public static PublicKey decode(String publicKey) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                .decode(publicKey)));
    }

    private static byte[] sign(String text, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java platform since 15; is this an Ed25519 key?",
                    e);
        }
    }
}
