package org.rogatory.matching;

/**
 * How far two words of names meet, as credit in [0, 1]: 1 for the same word, 0 for words that do not
 * meet. Words of different scripts, and alphabetic words of one script, are compared by sound
 * ({@link PhoneticDistance}); two words of the same syllabic script as written (高石 is not 高市); an
 * initial by its letter.
 *
 * <p>The raw phonetic similarity means different things for different pairs of scripts: 0.8 is a
 * different name between two Latin spellings (Bloom, Broome) but a good rendering between English and
 * Chinese, whose syllables only approximate foreign sounds. Each class of script pair therefore has its
 * own calibration, read off the development set so that true renderings of each class earn about the
 * credit that true renderings between Latin and Cyrillic earn, and one-letter differences within a
 * script earn less. Words of a single consonant always get the strict calibration.
 */
final class TokenSimilarity {

    /** One calibration per class of script pair: raw similarity to credit, linear between points. */
    enum Calibration {
        /** Two spellings in one script: a letter or two apart is already another name for short words. */
        SAME_SCRIPT(0.65f, 0f, 0.80f, 0.68f, 0.90f, 0.88f),
        ALPHABETS(0.55f, 0.55f),
        /**
         * A long, rare surname standing alone in one script, against a register word with the same first
         * sound: one letter dropped or changed in eight (Abyazov, Ablyazov) still reaches review.
         */
        LONE_SURNAME(0.70f, 0.50f, 0.80f, 0.84f, 0.90f, 0.93f),
        ABJAD(0.55f, 0.55f),
        KANA_OR_HANGUL(0.50f, 0f, 0.60f, 0.62f, 0.75f, 0.82f, 0.85f, 0.92f),
        HAN(0.50f, 0f, 0.60f, 0.66f, 0.70f, 0.82f, 0.80f, 0.90f);

        /** Pairs (raw similarity, credit), rising; below the first no credit, then linear up to (1, 1). */
        private final float[] points;

        Calibration(float... points) {
            this.points = points;
        }

        /** Below this raw similarity a pair earns nothing. */
        float floor() {
            return points[0];
        }

        float credit(float similarity) {
            if (similarity < points[0]) {
                return 0f;
            }
            float x0 = points[0];
            float y0 = points[1];
            for (int i = 2; i <= points.length; i += 2) {
                float x1 = i < points.length ? points[i] : 1f;
                float y1 = i < points.length ? points[i + 1] : 1f;
                if (similarity <= x1) {
                    return y0 + (y1 - y0) * (similarity - x0) / (x1 - x0);
                }
                x0 = x1;
                y0 = y1;
            }
            return 1f;
        }

        /**
         * A raw similarity below which the credit stays under {@code credit} (above 0), a little lower
         * than the exact one, so that rounding in {@link #credit} cannot cross it.
         */
        float reaching(float credit) {
            float x0 = points[0];
            float y0 = points[1];
            if (credit <= y0) {
                return x0;
            }
            for (int i = 2; i < points.length; i += 2) {
                if (credit <= points[i + 1]) {
                    return x0 + (points[i] - x0) * (credit - y0) / (points[i + 1] - y0) - ROUNDING;
                }
                x0 = points[i];
                y0 = points[i + 1];
            }
            return x0 + (1f - x0) * (credit - y0) / (1f - y0) - ROUNDING;
        }

        static Calibration of(Script a, Script b) {
            if (a == b) {
                return SAME_SCRIPT;
            }
            if (a == Script.HAN || b == Script.HAN) {
                return HAN;
            }
            if (a.isSyllabic() || b.isSyllabic()) {
                return KANA_OR_HANGUL;
            }
            if (a.isAbjad() || b.isAbjad()) {
                return ABJAD;
            }
            return ALPHABETS;
        }
    }

    /**
     * Two Latin spellings are also compared with their vowels nearly free (Mehmed, Mohammed; Kamel, Kamal),
     * where {@link #vowelsFree} allows it, a little below a match with the vowels.
     */
    static final float VOWEL_BLIND_FACTOR = 0.95f;
    /** What a pair of Latin spellings earns when they meet in the reading of one of them. */
    static final float READING_FACTOR = 0.95f;

    /**
     * Two words of two scripts neither of which is Latin (Аарон against أرني, ジョン against جون) are
     * usually both renderings by sound of a name spelt otherwise: each rendering approximates, and
     * unrelated names meet through the two approximations far more often than a rendering meets its
     * original. Their credit is scaled by this.
     */
    static final float TWO_RENDERINGS_FACTOR = 0.92f;

    /** Room for the float arithmetic of {@link Calibration#credit} to round apart from its inverse. */
    private static final float ROUNDING = 1e-3f;

    private TokenSimilarity() {
    }

    static float of(NameToken a, NameToken b) {
        return of(a, b, false, 0f);
    }

    /**
     * As {@link #of(NameToken, NameToken)} for a caller that drops any credit below {@code wanted}: such a
     * credit may come back as any lower one, 0 included, and the distance gives up on a pair as soon as it
     * cannot earn {@code wanted} rather than when it cannot earn anything. Most pairs a look-up or the
     * scorer measures earn less.
     */
    static float of(NameToken a, NameToken b, float wanted) {
        return of(a, b, false, wanted);
    }

    /**
     * As {@link #of(NameToken, NameToken)}, but two spellings in one script that start with the same
     * sound get the {@link Calibration#LONE_SURNAME} calibration: for a long, rare surname standing
     * alone, one letter apart is still the same name (German and Herrmann start apart and stay apart).
     */
    static float lenient(NameToken a, NameToken b) {
        return of(a, b, true, 0f);
    }

    private static float of(NameToken a, NameToken b, boolean lenient, float wanted) {
        if (a.role() == NameToken.Role.INITIAL || b.role() == NameToken.Role.INITIAL) {
            return initials(a, b);
        }
        if (CustomaryForms.same(a, b)) {
            return 1f;
        }
        if (a.script() == b.script() && a.script().isSyllabic()) {
            return a.nativeKey() != null && a.nativeKey().equals(b.nativeKey()) ? 1f : 0f;
        }
        boolean shortPair = shortWord(a) || shortWord(b);
        Calibration calibration = shortPair ? Calibration.SAME_SCRIPT : Calibration.of(a.script(), b.script());
        Calibration standard = calibration;
        if ((calibration == Calibration.SAME_SCRIPT || calibration == Calibration.ALPHABETS
                || calibration == Calibration.ABJAD) && !shortPair && a.lead() == b.lead()
                && (lenient || misspelt(a, b))) {
            calibration = Calibration.LONE_SURNAME;
        }
        float floor = calibration.floor();
        // a misspelling also earns the standard credit, which starts lower
        float worthless = Math.min(floor, standard.floor());
        if (wanted > 0) {
            // below this neither calibration earns what is wanted (the two renderings' factor only lowers it),
            // so the proven lower bound may give up there; the floor stays, as its row-minimum exit is not
            // exact (a swap skips a row) and may give up on a pair just above it
            worthless = Math.max(worthless, Math.min(calibration.reaching(wanted), standard.reaching(wanted)));
        }
        float similarity = PhoneticDistance.similarity(a.code(), a.script(), b.code(), b.script(), floor, worthless);
        if (similarity >= 0.97f) {
            return calibration.credit(similarity);
        }
        if (a.script() == Script.LATIN && b.script() == Script.LATIN && vowelsFree(a, b)) {
            similarity = Math.max(similarity, VOWEL_BLIND_FACTOR
                    * PhoneticDistance.vowelBlindSimilarity(a.code(), b.code(), floor, worthless));
        }
        if (a.script() != b.script()) {
            // scripts that render by sound are also compared with the other readings of a spelling (by
            // index: a look-up compares thousands of words, most with no reading, and an iterator each shows)
            for (int k = 0; k < a.readings().size(); k++) {
                String reading = a.readings().get(k);
                similarity = Math.max(similarity, a.script() == Script.HANGUL ? spelledAlike(reading, b.code())
                        : PhoneticDistance.similarity(reading, a.script(), b.code(), b.script(), floor, worthless));
            }
            for (int k = 0; k < b.readings().size(); k++) {
                String reading = b.readings().get(k);
                similarity = Math.max(similarity, b.script() == Script.HANGUL ? spelledAlike(reading, a.code())
                        : PhoneticDistance.similarity(a.code(), a.script(), reading, b.script(), floor, worthless));
            }
            if (b.script().isSyllabic()) {
                for (int k = 0; k < a.syllabicReadings().size(); k++) {
                    similarity = Math.max(similarity, PhoneticDistance.similarity(a.syllabicReadings().get(k), a.script(),
                            b.code(), b.script(), floor, worthless));
                }
            }
            if (a.script().isSyllabic()) {
                for (int k = 0; k < b.syllabicReadings().size(); k++) {
                    similarity = Math.max(similarity, PhoneticDistance.similarity(a.code(), a.script(),
                            b.syllabicReadings().get(k), b.script(), floor, worthless));
                }
            }
        } else if (a.script() == Script.LATIN && similarity < READING_FACTOR) {
            // and two Latin spellings in the reading of one of them (Cusman, read usman, is Osman), a
            // little below a match as spelt (so not tried where the spelling already earns more)
            boolean vowelsFree = vowelsFree(a, b);
            for (int k = 0; k < a.readings().size(); k++) {
                String reading = a.readings().get(k);
                similarity = Math.max(similarity, READING_FACTOR * latin(reading, b.code(), vowelsFree, floor, worthless));
            }
            for (int k = 0; k < b.readings().size(); k++) {
                String reading = b.readings().get(k);
                similarity = Math.max(similarity, READING_FACTOR * latin(a.code(), reading, vowelsFree, floor, worthless));
            }
        }
        if (a.script() == b.script() && readAlike(a, b)) {
            // two spellings of one script said alike (Shaun, Sean = shon; Jayne, Jane), or one read the way
            // the other is spelt (Idriça = Idrissa, Cali = Ali), are one name
            similarity = 1f;
        }
        float credit = Math.max(calibration.credit(similarity), standard.credit(similarity));
        return a.script() != b.script() && a.script() != Script.LATIN && b.script() != Script.LATIN
                ? credit * TWO_RENDERINGS_FACTOR : credit;
    }

    /**
     * Whether two Latin spellings are compared with their vowels nearly free: words of three consonants
     * or more, and words of two that end alike, as a vowel that ends a short name often makes it another
     * name (Kelly, Cole) while one inside it is the romaniser's choice (Umar, Omer).
     */
    private static boolean vowelsFree(NameToken a, NameToken b) {
        if (a.consonants() >= 3 && b.consonants() >= 3) {
            return true;
        }
        if (a.consonants() < 2 || b.consonants() < 2) {
            return false;
        }
        char endA = a.code().charAt(a.code().length() - 1);
        char endB = b.code().charAt(b.code().length() - 1);
        return endA == endB || !Sounds.isVowel(endA) && !Sounds.isVowel(endB) && endA != '@' && endB != '@';
    }

    /**
     * The reading of a Hangul word is its Revised Romanisation, a Latin spelling: it counts only when the
     * other is spelt so, as a letter apart is another syllable (Seon-taek is not 성택, Seong-taek).
     */
    private static float spelledAlike(String romanisation, String code) {
        return romanisation.equals(code) ? 1f : 0f;
    }

    private static float latin(String a, String b, boolean vowelsFree, float floor, float worthless) {
        return vowelsFree ? PhoneticDistance.vowelBlindSimilarity(a, b, floor, worthless)
                : PhoneticDistance.similarity(a, Script.LATIN, b, Script.LATIN, floor, worthless);
    }

    /** Letters a Latin word must have for one letter apart to be a misspelling rather than another name. */
    static final int MISSPELLING_LETTERS = 6;
    /** ... and two names joined. */
    static final int MISSPELLING_JOINED_LETTERS = 10;

    /**
     * Two long Latin spellings one letter apart (Bezos, Brezos; Jordan, Jorgan) inside the word: a
     * misspelling more often than another name. The last letter is left out: there a letter makes another
     * name (Daniel, Daniela; Andrea, Andrew).
     */
    private static boolean misspelt(NameToken a, NameToken b) {
        if (a.script() != Script.LATIN || b.script() != Script.LATIN) {
            return false;
        }
        if (Math.abs(a.text().length() - b.text().length()) > 1 && Transcriber.asciiLetters(a.text())
                && Transcriber.asciiLetters(b.text())) {
            // plain letters fold to as many: most pairs end here without folding
            return false;
        }
        String x = Transcriber.latinAscii(a.text());
        String y = Transcriber.latinAscii(b.text());
        // names joined need the letters of two long words: Chol Nam and Chol Sam are two names, one of them
        // another, while Aharon Chorin and Aaron Chorin are one
        boolean joined = a.text().indexOf(' ') >= 0 || b.text().indexOf(' ') >= 0;
        return Math.min(x.length(), y.length()) >= (joined ? MISSPELLING_JOINED_LETTERS : MISSPELLING_LETTERS)
                && x.charAt(x.length() - 1) == y.charAt(y.length() - 1) && NameScorer.oneEditApart(x, y);
    }

    private static boolean readAlike(NameToken a, NameToken b) {
        if (a.readings().contains(b.code()) || b.readings().contains(a.code())) {
            return true;
        }
        for (int k = 0; k < a.readings().size(); k++) {
            if (b.readings().contains(a.readings().get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word of one consonant (Lim, Ko, 张, Dom) says little: across scripts almost any vowel fits it, so
     * it gets the strict calibration of two spellings in one script. A Han or Hangul word of two syllables
     * or more is not one, whatever its skeleton (艾伦 ai-lun, 琼斯 qiong-si): the skeleton leaves out the
     * nasal endings and merges like consonants, but each syllable is a sound written out. Kana count morae
     * and length marks (リー is Lee), so their characters do not tell; their consonants are counted with the
     * long vowel that often renders an r (マイヤー = Meyer, イェーツ = Yates), as the strong skeleton counts.
     */
    private static boolean shortWord(NameToken token) {
        if (writtenInSyllables(token)) {
            return false;
        }
        if (token.script() == Script.KANA) {
            return SoundKeys.strongSkeletonLength(token.code()) <= 1;
        }
        if (token.consonants() > 1 || token.script().isSyllabic()) {
            return token.consonants() <= 1;
        }
        // the skeleton merges l with r and leaves h out: Khairullah has three consonants, not one
        String code = token.code();
        int consonants = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= 'a' && c <= 'z' && !Sounds.isVowel(c) && c != 'y' && (i == 0 || code.charAt(i - 1) != c)) {
                consonants++;
            }
        }
        return consonants <= 1;
    }

    /** A Han or Hangul word of two syllables or more, written as one word (not two joined). */
    private static boolean writtenInSyllables(NameToken token) {
        String text = token.text();
        return (token.script() == Script.HAN || token.script() == Script.HANGUL) && text.indexOf(' ') < 0
                && text.codePointCount(0, text.length()) > 1;
    }

    private static float initials(NameToken a, NameToken b) {
        if (a.role() == NameToken.Role.PARTICLE || b.role() == NameToken.Role.PARTICLE) {
            return 0f;
        }
        return a.lead() != 0 && a.lead() == b.lead() ? 1f : 0f;
    }
}
