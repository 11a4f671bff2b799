package org.rogatory.screening.domain;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.rogatory.intake.domain.CooperationRequest;

/**
 * INCOMPLETE_REQUEST: content the instruments require (ECMA art. 14, UNCAC 46(15)) is missing or
 * too thin to decide on: a legal basis that names no article or title, an offence described in a
 * word or two without the provision that defines it, or facts of a sentence or two.
 */
final class ThinRequest implements ScreeningRule {

    static final int MIN_FACT_WORDS = 40;
    static final int MIN_OFFENCE_WORDS = 3;

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CooperationRequest request = context.request();
        List<String> gaps = new ArrayList<>();
        boolean basisNamed = request.legalBasis().stream()
                .anyMatch(b -> notBlank(b.article()) || notBlank(b.title()));
        if (!basisNamed) {
            gaps.add("/legalBasis: no article or title");
        }
        for (int i = 0; i < request.offences().size(); i++) {
            CooperationRequest.Offence offence = request.offences().get(i);
            // "Money laundering, § 261 StGB" names the offence as the law does; "Fraud" alone does not
            if (words(offence.description()) < MIN_OFFENCE_WORDS && !notBlank(offence.legalQualification())) {
                gaps.add("/offences/" + i + "/description: fewer than " + MIN_OFFENCE_WORDS + " words");
            }
        }
        if (words(request.facts()) < MIN_FACT_WORDS) {
            gaps.add("/facts: fewer than " + MIN_FACT_WORDS + " words");
        }
        if (gaps.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(FindingCode.INCOMPLETE_REQUEST, null, "request",
                Evidence.fromRequest(String.join("; ", gaps), "Missing or too thin: " + String.join("; ", gaps)
                        + ". Ask the requesting state for it before deciding.")));
    }

    /**
     * Words as spaces separate them; Chinese and Japanese put none between words, so a run of their
     * characters counts the words ICU's dictionary finds in it (230 characters of Chinese facts are some
     * 120 words, not one).
     */
    static int words(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int words = 0;
        for (String token : text.trim().split("\\s+")) {
            words += unspaced(token) ? Math.max(1, dictionaryWords(token)) : 1;
        }
        return words;
    }

    private static boolean unspaced(String token) {
        return token.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
        });
    }

    private static int dictionaryWords(String token) {
        BreakIterator boundaries = BreakIterator.getWordInstance(ULocale.ROOT);
        boundaries.setText(token);
        int words = 0;
        for (int end = boundaries.next(); end != BreakIterator.DONE; end = boundaries.next()) {
            if (boundaries.getRuleStatus() != BreakIterator.WORD_NONE) {
                words++;
            }
        }
        return words;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
