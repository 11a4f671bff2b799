package org.rogatory.execution.domain;

import java.text.Normalizer;
import java.util.Locale;

/** People on a plan and in a report are the same when their names (or documents) match without case, accents or extra spaces. */
final class Names {

    private Names() {
    }

    static boolean same(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
