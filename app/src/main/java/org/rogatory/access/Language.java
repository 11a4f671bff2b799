package org.rogatory.access;

import java.util.Locale;

/** The languages the people who use Rogatory work in (DESIGN.md §9). */
public enum Language {
    FR, NL, DE, EN;

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
