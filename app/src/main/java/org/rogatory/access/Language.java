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

    /** The language of a locale; English for one that is none of ours. */
    public static Language of(Locale locale) {
        for (Language language : values()) {
            if (language.locale().getLanguage().equals(locale.getLanguage())) {
                return language;
            }
        }
        return EN;
    }

    public static Language ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
