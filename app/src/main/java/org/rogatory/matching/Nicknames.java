package org.rogatory.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Given names and their common short forms (Michael/Mike, Aleksandr/Sasha), looked up by sound so that
 * any spelling or script of either form finds the other. Relations are used one step only, both ways:
 * chaining them would make Bill a Fred.
 *
 * <p>Sources (resources beside this class): {@code nicknames.csv}, the US given-name list of
 * carltonnorthern/nicknames (Apache-2.0, see {@code NOTICE-nicknames.txt}), and
 * {@code slavic-diminutives.csv}, common Russian and Ukrainian short forms.
 */
final class Nicknames {

    private static final Nicknames INSTANCE = load(List.of("nicknames.csv", "slavic-diminutives.csv"));

    private final Map<String, Set<String>> related;

    private Nicknames(Map<String, Set<String>> related) {
        this.related = related;
    }

    static Nicknames standard() {
        return INSTANCE;
    }

    /** Codes of the names that {@code code} is a short form of, or a short form for. */
    Set<String> related(String code) {
        return related.getOrDefault(loose(code), Set.of());
    }

    /** Natalia and Natalya, Yuri and Yuriy: the glide does not matter for the look-up. */
    private static String loose(String code) {
        return LatinSounds.tidy(code.replace('y', 'i'));
    }

    private static Nicknames load(List<String> resources) {
        Map<String, Set<String>> related = new HashMap<>();
        for (String resource : resources) {
            try (InputStream in = Nicknames.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] names = line.strip().split(",");
                    String formal = LatinSounds.encode(Transcriber.letters(names[0]));
                    for (int i = 1; i < names.length; i++) {
                        String shortForm = LatinSounds.encode(Transcriber.letters(names[i]));
                        if (shortForm.length() < 2 || shortForm.equals(formal)) {
                            continue;
                        }
                        related.computeIfAbsent(loose(formal), k -> new HashSet<>()).add(shortForm);
                        related.computeIfAbsent(loose(shortForm), k -> new HashSet<>()).add(formal);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        related.replaceAll((k, v) -> Set.copyOf(v));
        return new Nicknames(Map.copyOf(related));
    }
}
