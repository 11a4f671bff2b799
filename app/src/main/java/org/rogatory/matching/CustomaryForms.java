package org.rogatory.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Names whose form in another script is set by custom rather than by sound, so that no reading finds
 * it: Korean family names in Latin letters (유 = Yoo, 이 = Lee, 최 = Choi) and Western given names in
 * Chinese (John = 约翰, George = 乔治). Sources (resources beside this class):
 * {@code korean-family-names.csv} and {@code han-given-names.csv}.
 */
final class CustomaryForms {

    /** Pairs "native form|latin ascii". */
    private static final Set<String> PAIRS = new HashSet<>();

    static {
        load("korean-family-names.csv", true);
        load("han-given-names.csv", false);
    }

    private CustomaryForms() {
    }

    /** Whether one word is the customary form of the other (Hangul or Han against Latin). */
    static boolean same(NameToken a, NameToken b) {
        return customary(a, b) || customary(b, a);
    }

    private static boolean customary(NameToken nativeWord, NameToken latin) {
        if (latin.script() != Script.LATIN || nativeWord.nativeKey() == null
                || nativeWord.script() != Script.HANGUL && nativeWord.script() != Script.HAN) {
            return false;
        }
        return PAIRS.contains(nativeWord.nativeKey() + "|" + Transcriber.latinAscii(latin.text()));
    }

    /** Lines of "native form, latin..." ({@code nativeFirst}) or "latin, native forms...". */
    private static void load(String resource, boolean nativeFirst) {
        try (InputStream in = CustomaryForms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.strip().split(",");
                for (int i = 1; i < fields.length; i++) {
                    String nativeForm = nativeFirst ? fields[0] : fields[i];
                    String latin = nativeFirst ? fields[i] : fields[0];
                    PAIRS.add(nativeForm.strip() + "|" + latin.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
