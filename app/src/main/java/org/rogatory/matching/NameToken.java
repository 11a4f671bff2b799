package org.rogatory.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * One word of a name, or several words joined (a hyphenated name, a particle with its name, Abd with
 * the name it governs, a Korean given name written in two syllables), as it is compared.
 *
 * @param text      the word as written (for explanations)
 * @param code      its sounds in the alphabet of {@link Sounds}
 * @param nativeKey for Chinese, Japanese and Korean words: the characters, which must be equal when
 *                  both words are in that script; otherwise null
 * @param lead      the first letter of the word in Latin spelling, which an initial must equal
 * @param readings  the codes of other readings of the word where they differ from {@code code}: for a
 *                  Latin word its English reading ({@link EnglishReading}) and the reading in the language
 *                  its name is spelt in ({@link LanguageReading}), for a Cyrillic word its reading as a
 *                  Chinese or Japanese name ({@link EastAsianCyrillic}); usually none
 * @param syllabicReadings the codes of readings that hold only against kana, Hangul and Han: for a Latin
 *                  word its British reading ({@link EnglishReading#withoutR}), which Japanese, Korean and
 *                  Chinese render (Turner = 特纳 te-na, Archer = 阿彻 a-che) and Russian, Arabic and Hebrew
 *                  do not (Тёрнер)
 * @param consonants how many consonant classes the code has in a row ({@link SoundKeys#skeleton})
 */
record NameToken(String text, Script script, String code, Role role, String nativeKey, char lead, List<String> readings,
                 List<String> syllabicReadings, int consonants) {

    NameToken(String text, Script script, String code, Role role, String nativeKey, char lead) {
        this(text, script, code, role, nativeKey, lead, List.of(), List.of());
    }

    NameToken(String text, Script script, String code, Role role, String nativeKey, char lead, List<String> readings,
              List<String> syllabicReadings) {
        this(text, script, code, role, nativeKey, lead, readings, syllabicReadings, SoundKeys.skeletonLength(code));
    }

    enum Role {
        /** A given name, family name, patronymic... */
        NAME,
        /** al, bin, van, de, ...: cheap to add or drop */
        PARTICLE,
        /** A single letter standing for a name. */
        INITIAL,
        /** Dr, Haji, Mullah, Sheikh...: dropped when the name has two other words */
        TITLE
    }

    /** This word also read as {@code reading} (a code), unless it already reads so. */
    NameToken alsoRead(String reading) {
        if (reading == null || reading.equals(code) || readings.contains(reading)) {
            return this;
        }
        List<String> more = new ArrayList<>(readings);
        more.add(0, reading);
        return new NameToken(text, script, code, role, nativeKey, lead, List.copyOf(more), syllabicReadings, consonants);
    }

    /** This word also read as {@code reading} (a code) against syllabic scripts, unless it already reads so. */
    NameToken alsoReadBySyllables(String reading) {
        if (reading == null || reading.equals(code) || readings.contains(reading) || syllabicReadings.contains(reading)) {
            return this;
        }
        List<String> more = new ArrayList<>(syllabicReadings);
        more.add(reading);
        return new NameToken(text, script, code, role, nativeKey, lead, readings, List.copyOf(more), consonants);
    }

    NameToken as(Role newRole) {
        return new NameToken(text, script, code, newRole, nativeKey, lead, readings, syllabicReadings, consonants);
    }

    /** Weight of the token in a name's coverage: particles matter little, initials half. */
    float weight() {
        return switch (role) {
            case NAME -> 1f;
            case INITIAL -> 0.5f;
            case PARTICLE -> 0.15f;
            case TITLE -> 0f;
        };
    }
}
