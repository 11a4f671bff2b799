package org.rogatory.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Given names and their common short forms (Michael/Mike, Aleksandr/Sasha), looked up by sound so that
 * any spelling or script of a short form finds the full names it stands for. Relations are used one
 * step only, and only from a short form to its full names: chaining them, or taking every pair the list
 * gives, would make Bill a Fred, and going from a full name to a short form would make Emily an Emma, as
 * many full names share one short form.
 *
 * <p>Sources (resources beside this class): {@code nicknames.csv}, the US given-name list of
 * carltonnorthern/nicknames (Apache-2.0, see {@code NOTICE-nicknames.txt}), and
 * {@code slavic-diminutives.csv}, common Russian and Ukrainian short forms, and
 * {@code abbreviated-names.csv}, abbreviations identity documents use (Mohd, Md for Muhammad).
 */
final class Nicknames {

    private static final Nicknames INSTANCE = load();

    private final Map<String, List<String>> related;

    private Nicknames(Map<String, List<String>> related) {
        this.related = related;
    }

    static Nicknames standard() {
        return INSTANCE;
    }

    /** The names (lower-case Latin letters) that the name with phonetic code {@code code} is a short form of. */
    List<String> fullNamesOf(String code) {
        return related.getOrDefault(loose(code), List.of());
    }

    /** Natalia and Natalya, Yuri and Yuriy, Jon and John: glide and h do not matter for the look-up. */
    private static String loose(String code) {
        return Sounds.normalize(code.replace('y', 'i').replace("h", "").replace('H', 'a'));
    }

    private static Nicknames load() {
        Map<String, Set<String>> spellings = new HashMap<>();
        addAll(spellings, NameLists.read("nicknames.csv"), true);
        addAll(spellings, NameLists.read("slavic-diminutives.csv"), false);
        addAll(spellings, NameLists.read("abbreviated-names.csv"), false);
        Map<String, List<String>> related = new HashMap<>();
        spellings.forEach((code, names) -> related.put(code, oneSpellingPerSound(names)));
        return new Nicknames(Map.copyOf(related));
    }

    /** Spellings that read alike (Joan, Joann) are one name to look up: the first in alphabetical order stands. */
    private static List<String> oneSpellingPerSound(Set<String> names) {
        Map<String, String> bySound = new TreeMap<>();
        for (String name : new TreeSet<>(names)) {
            NameToken token = NameParser.latinName(name);
            bySound.putIfAbsent(token.code() + "|" + token.readings(), name);
        }
        return List.copyOf(new TreeSet<>(bySound.values()));
    }

    /**
     * Adds each line's short forms, as short forms of the line's name. In the US list some lines start with
     * a short form (a name listed as shorter form of a longer one elsewhere) and go on to names that are
     * not its long forms at all (bill: robert, fred; jamie: ben); on such a line only names with the same
     * first letter are taken, and a longer one is a long form of the first (sam: samuel).
     */
    private static void addAll(Map<String, Set<String>> related, List<String[]> lines, boolean filterShortFormLines) {
        Set<String> shortForms = new HashSet<>();
        for (String[] names : lines) {
            for (int i = 1; i < names.length; i++) {
                if (names[i].length() < names[0].length()) {
                    shortForms.add(names[i]);
                }
            }
        }
        for (String[] names : lines) {
            String first = names[0];
            boolean shortFormLine = filterShortFormLines && shortForms.contains(first);
            String firstCode = LatinSounds.encode(Transcriber.letters(first));
            for (int i = 1; i < names.length; i++) {
                String other = names[i];
                if (other.length() < 2 || shortFormLine && other.charAt(0) != first.charAt(0)) {
                    continue;
                }
                String otherCode = LatinSounds.encode(Transcriber.letters(other));
                if (otherCode.equals(firstCode)) {
                    continue;
                }
                // on a line that starts with a short form, a longer name is a long form of it
                if (shortFormLine && other.length() > first.length()) {
                    related.computeIfAbsent(loose(firstCode), k -> new HashSet<>()).add(Transcriber.letters(other));
                } else {
                    related.computeIfAbsent(loose(otherCode), k -> new HashSet<>()).add(Transcriber.letters(first));
                }
            }
        }
    }
}
