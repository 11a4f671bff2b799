package org.rogatory.matching;

import java.util.List;

/**
 * A name split into the words that are compared ({@code tokens}, in written order, given names first
 * once a "SURNAME, Given" form is turned round) and the words that may also be compared joined
 * ({@code compounds}).
 *
 * @param raw the name as written
 */
record ParsedName(String raw, Script script, List<NameToken> tokens, List<Compound> compounds) {

    /**
     * Tokens {@code from} to {@code to} (exclusive) also read as one word, {@code joined}; a single token
     * may have another reading this way (the stem Siraj of Sirajuddin).
     */
    record Compound(int from, int to, NameToken joined) {
    }

    int nameTokenCount() {
        int count = 0;
        for (NameToken token : tokens) {
            if (token.role() == NameToken.Role.NAME) {
                count++;
            }
        }
        return count;
    }
}
