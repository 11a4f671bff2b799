package org.rogatory.matching;

/**
 * One word of a name, or several words joined (a hyphenated name, a particle with its name, Abd with
 * the name it governs, a Korean given name written in two syllables), as it is compared.
 *
 * @param text      the word as written (for explanations)
 * @param code      its sounds in the alphabet of {@link Sounds}
 * @param nativeKey for Chinese, Japanese and Korean words: the characters, which must be equal when
 *                  both words are in that script; otherwise null
 * @param lead      the first letter of the word in Latin spelling, which an initial must equal
 * @param english   for a Latin word: the code of its English reading ({@link EnglishReading}) when that
 *                  differs from {@code code}; otherwise null
 * @param consonants how many consonant classes the code has in a row ({@link SoundKeys#skeleton})
 */
record NameToken(String text, Script script, String code, Role role, String nativeKey, char lead, String english,
                 int consonants) {

    NameToken(String text, Script script, String code, Role role, String nativeKey, char lead) {
        this(text, script, code, role, nativeKey, lead, null);
    }

    NameToken(String text, Script script, String code, Role role, String nativeKey, char lead, String english) {
        this(text, script, code, role, nativeKey, lead, english, SoundKeys.skeletonLength(code));
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

    NameToken withSecondReading(String reading) {
        return new NameToken(text, script, code, role, nativeKey, lead, reading, consonants);
    }

    NameToken as(Role newRole) {
        return new NameToken(text, script, code, newRole, nativeKey, lead, english, consonants);
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
