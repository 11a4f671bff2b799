package org.rogatory.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rogatory.audit.domain.Checkpoint;

/**
 * Ed25519 keys in the PEM files OpenSSL reads and writes: a private key as PKCS#8
 * ({@code openssl genpkey -algorithm ed25519}), a public key as X.509 SubjectPublicKeyInfo
 * ({@code openssl pkey -pubout}). A private key file is all the server needs: the public key is
 * derived from it.
 */
public final class SigningKeys {

    private static final String ALGORITHM = "Ed25519";
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    private SigningKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java platform since 15", e);
        }
    }

    /** The key pair of a PEM file holding an Ed25519 private key. */
    public static KeyPair read(Path file) throws IOException {
        byte[] der = pem(Files.readString(file, StandardCharsets.US_ASCII), "PRIVATE KEY")
                .orElseThrow(() -> new IOException(file + " holds no PEM PRIVATE KEY"));
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
            return withPublicKey((EdECPrivateKey) key);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IOException(file + " holds no Ed25519 private key: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a new key pair's private key to a file only its owner may read, refusing to replace an
     * existing one (two servers starting at once must not end up with different keys on disk).
     */
    public static void write(KeyPair keys, Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(file + " exists already; not replaced", e);
        }
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }

    /** A public key given as a PEM PUBLIC KEY block or as its bare Base64 (as in a checkpoint). */
    public static PublicKey publicKey(String text) throws GeneralSecurityException {
        String base64 = pem(text, "PUBLIC KEY").map(der -> Base64.getEncoder().encodeToString(der))
                .orElse(text.strip());
        try {
            return Checkpoint.decode(base64);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("not a Base64 public key", e);
        }
    }

    private static Optional<byte[]> pem(String text, String label) {
        Matcher block = PEM.matcher(text);
        while (block.find()) {
            if (block.group(1).equals(label)) {
                return Optional.of(Base64.getMimeDecoder().decode(block.group(2)));
            }
        }
        return Optional.empty();
    }

    /**
     * The JDK cannot derive an Ed25519 public key from a private one directly, but its key pair
     * generator draws the private key (the 32-byte seed) from the random source and derives the
     * public key from it: handed a source that yields the seed, it rebuilds the very pair. The
     * result is checked, so a generator that drew its seed differently would fail loudly here.
     */
    private static KeyPair withPublicKey(EdECPrivateKey key) throws GeneralSecurityException {
        byte[] seed = key.getBytes().orElseThrow(() -> new GeneralSecurityException("the private key hides its bytes"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
        generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
            }
        });
        KeyPair pair = generator.generateKeyPair();
        if (!Arrays.equals(((EdECPrivateKey) pair.getPrivate()).getBytes().orElse(null), seed)) {
            throw new GeneralSecurityException("cannot derive the public key of this Ed25519 private key");
        }
        return new KeyPair(pair.getPublic(), key);
    }
}
