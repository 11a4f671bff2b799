package org.rogatory.bench.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.rogatory.matching.RegisterEntry;

/**
 * A synthetic register of any size whose names look like the development register's: for each writing
 * system in the proportion the development register has, a given name and a family name drawn from the
 * words that the development register uses in that position, as often as it uses them (so Mohammed and
 * Kim are common and most words rare); Chinese and Korean names written as one word are recombined
 * from family and given syllables. A tenth of the entries carry a second name. Birth dates and
 * nationalities are drawn like the development register's. Deterministic for a seed.
 */
final class SyntheticRegister {

    /** Words used in one writing system, by position, with their frequencies. */
    private static final class Pool {
        final List<String> given = new ArrayList<>();
        final List<String> family = new ArrayList<>();
        /** Chinese and Korean names written as one word: family syllable and given syllables. */
        final List<String> joinedFamily = new ArrayList<>();
        final List<String> joinedGiven = new ArrayList<>();
        String separator = " ";
    }

    private final Map<String, Pool> pools = new HashMap<>();
    private final List<String> scripts = new ArrayList<>();
    private final List<String> birthDates = new ArrayList<>();
    private final List<List<String>> nationalities = new ArrayList<>();

    SyntheticRegister(List<RegisterEntry> model) {
        for (RegisterEntry entry : model) {
            for (String name : entry.names()) {
                learn(name);
            }
            birthDates.add(entry.birthDate());
            nationalities.add(entry.nationalities());
        }
    }

    private void learn(String raw) {
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        String script = scriptOf(name);
        Pool pool = pools.computeIfAbsent(script, k -> new Pool());
        scripts.add(script);
        int comma = name.indexOf(',');
        List<String> words;
        String family;
        if (comma > 0) {
            family = name.substring(0, comma).strip();
            words = split(name.substring(comma + 1));
        } else {
            String separator = name.contains("·") ? "·" : name.contains("・") ? "・" : " ";
            words = new ArrayList<>(List.of(name.split(separator.equals(" ") ? "\\s+" : separator)));
            if (!separator.equals(" ")) {
                pool.separator = separator;
            }
            if (words.size() == 1 && (script.equals("HAN") || script.equals("HANGUL"))
                    && name.codePointCount(0, name.length()) >= 2) {
                int split = name.offsetByCodePoints(0, 1);
                pool.joinedFamily.add(name.substring(0, split));
                pool.joinedGiven.add(name.substring(split));
                return;
            }
            if (words.size() < 2) {
                pool.family.add(words.get(0));
                return;
            }
            family = words.remove(words.size() - 1);
        }
        pool.family.add(family);
        for (String word : words) {
            if (!word.isBlank()) {
                pool.given.add(word.strip());
            }
        }
    }

    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }

    static String scriptOf(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                if (s != Character.UnicodeScript.LATIN) {
                    return s == Character.UnicodeScript.HIRAGANA ? "KATAKANA" : s.name();
                }
            }
        }
        return "LATIN";
    }

    List<RegisterEntry> generate(int size, long seed) {
        Random random = new Random(seed);
        List<RegisterEntry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            List<String> names = new ArrayList<>(2);
            names.add(name(random));
            if (random.nextInt(10) == 0) {
                names.add(name(random));
            }
            String birthDate = birthDates.get(random.nextInt(birthDates.size()));
            List<String> nationality = nationalities.get(random.nextInt(nationalities.size()));
            entries.add(new RegisterEntry(String.format("S-%07d", i + 1), List.of("REFUGEE"), names, birthDate,
                    nationality, List.of(), null, null));
        }
        return entries;
    }

    private String name(Random random) {
        Pool pool = pools.get(scripts.get(random.nextInt(scripts.size())));
        int joined = pool.joinedFamily.size();
        if (random.nextInt(joined + pool.family.size()) < joined) {
            return pool.joinedFamily.get(random.nextInt(joined)) + pool.joinedGiven.get(random.nextInt(joined));
        }
        String family = pool.family.get(random.nextInt(pool.family.size()));
        if (pool.given.isEmpty()) {
            return family;
        }
        String given = pool.given.get(random.nextInt(pool.given.size()));
        StringBuilder name = new StringBuilder(given);
        if (random.nextInt(4) == 0) {
            name.append(pool.separator).append(pool.given.get(random.nextInt(pool.given.size())));
        }
        return name.append(pool.separator).append(family).toString();
    }
}
