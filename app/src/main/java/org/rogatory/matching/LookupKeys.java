package org.rogatory.matching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The sound keys a look-up of one word tries, by the keys of the index each meets ({@link NameIndex}):
 * the first sieve of the matcher. The words it finds are then measured in full.
 *
 * @param words            meet the keys of every single word, spelt and as read ({@link NameIndex#keys})
 * @param syllabicWords    meet the keys of the words of kana, Hangul and Han ({@link NameIndex#syllabicWordKeys})
 * @param syllabicReadings meet the keys of the readings that other words have against those scripts
 *                         ({@link NameIndex#syllabicReadingKeys}); empty unless the word is in one of them
 * @param obstruents       the obstruent key ({@link SoundKeys#obstruentKey}), null when it has too few
 * @param syllabic         whether the word is in kana, Hangul or Han: its obstruent key then meets those of
 *                         every word, otherwise only those of the words of those scripts
 * @param skeletons        the word's own skeletons and those of its readings, not one edit from them: they
 *                         meet the keys of the joined words ({@link NameIndex#joinedKeys})
 */
record LookupKeys(Set<String> words, Set<String> syllabicWords, Set<String> syllabicReadings, String obstruents,
                  boolean syllabic, Set<String> skeletons) {

    /**
     * The keys of {@code token}; when {@code exact} (a short form's full name, joined words, which must
     * sound nearly alike) only its own skeletons, not one edit from them, nor its other readings.
     */
    static LookupKeys of(NameToken token, boolean exact) {
        String code = token.code();
        Set<String> own = exact ? new LinkedHashSet<>(SoundKeys.indexKeys(code)) : SoundKeys.lookupKeys(code);
        Set<String> skeletons = new LinkedHashSet<>(SoundKeys.indexKeys(code));
        Set<String> words = own;
        Set<String> syllabicWords = Set.of();
        Set<String> syllabicReadings = Set.of();
        boolean syllabic = token.script().isSyllabic();
        if (!exact) {
            words = new LinkedHashSet<>(own);
            for (String reading : token.readings()) {
                words.addAll(SoundKeys.lookupKeys(reading));
                skeletons.addAll(SoundKeys.indexKeys(reading));
            }
            // a syllabic script writes a name as it is heard, vowels between its consonants, and the
            // skeleton of the spelling may lie two classes away: Barbara (brbr) = 芭芭拉 (ba-ba-la)
            syllabicWords = new LinkedHashSet<>();
            for (String reading : token.syllabicReadings()) {
                syllabicWords.addAll(SoundKeys.lookupKeys(reading));
            }
            if (syllabic) {
                syllabicReadings = own;
            }
        }
        // across syllabic scripts consonant skeletons differ in l, r, m, n: look up by obstruents too
        return new LookupKeys(words, syllabicWords, syllabicReadings, SoundKeys.obstruentKey(code), syllabic,
                skeletons);
    }

    /**
     * Whether a look-up by these keys finds a word filed under its code alone ({@code wordKeys}, its
     * {@link SoundKeys#indexKeys}), as two register words the scorer joins would be. Two skeletons of
     * {@link #LONG_SKELETON} classes or more may also be two edits apart: two words joined carry two
     * words' share of a rendering's slips (Navrit, Лаврин), and no look-up ever met them.
     */
    boolean find(NameToken word, List<String> wordKeys) {
        for (String key : wordKeys) {
            if (words.contains(key) || word.script().isSyllabic() && syllabicWords.contains(key)) {
                return true;
            }
            if (key.length() >= LONG_SKELETON) {
                for (String skeleton : skeletons) {
                    if (skeleton.length() >= LONG_SKELETON && TWO_EDITS.apply(skeleton, key) >= 0) {
                        return true;
                    }
                }
            }
        }
        return obstruents != null && (syllabic || word.script().isSyllabic())
                && obstruents.equals(SoundKeys.obstruentKey(word.code()));
    }

    /** Gives up past two edits (-1): most pairs of skeletons are far apart. */
    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

    /** Skeletons of at least this many classes are long enough that two edits leave them recognisable. */
    static final int LONG_SKELETON = 4;
}
