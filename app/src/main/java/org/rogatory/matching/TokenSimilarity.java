package org.rogatory.matching;

/**
 * How well two words of names meet, in [0, 1]: by sound for words of different scripts and for
 * alphabets, as written for two words of the same syllabic script (高石 is not 高市), by the first
 * letter for an initial. Particles only meet particles.
 */
final class TokenSimilarity {

    private TokenSimilarity() {
    }

    static float of(NameToken a, NameToken b) {
        NameToken.Role ra = a.role();
        NameToken.Role rb = b.role();
        if (ra == NameToken.Role.INITIAL || rb == NameToken.Role.INITIAL) {
            return initials(a, b);
        }
        if ((ra == NameToken.Role.PARTICLE) != (rb == NameToken.Role.PARTICLE)) {
            return 0f;
        }
        if (a.script() == b.script() && a.script().isSyllabic()) {
            return a.nativeKey() != null && a.nativeKey().equals(b.nativeKey()) ? 1f : 0f;
        }
        return PhoneticDistance.similarity(a.code(), a.script(), b.code(), b.script());
    }

    private static float initials(NameToken a, NameToken b) {
        if (a.role() == NameToken.Role.PARTICLE || b.role() == NameToken.Role.PARTICLE) {
            return 0f;
        }
        return a.lead() != 0 && a.lead() == b.lead() ? 1f : 0f;
    }
}
