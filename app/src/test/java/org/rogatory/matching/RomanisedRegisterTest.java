package org.rogatory.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rogatory.support.Fixtures;

/**
 * The Cyrillic names of the development register, romanised by the systems requests and passports use,
 * must find their entry: the development queries spell names as people do, and would not show a system
 * the matcher cannot read (BGN/PCGN's middle dots, the passport's e for ё).
 */
class RomanisedRegisterTest {

    /** ICAO Doc 9303, as Russian passports romanise names since 2014. */
    private static final String ICAO = "::NFC; ж>zh; х>kh; ц>ts; ч>ch; ш>sh; щ>shch; ъ>ie; ы>y; ь>; э>e;"
            + " ю>iu; я>ia; ё>e; й>i; а>a; б>b; в>v; г>g; д>d; е>e; з>z; и>i; к>k; л>l; м>m; н>n; о>o; п>p;"
            + " р>r; с>s; т>t; у>u; ф>f; і>i; ї>i; є>ie; ґ>g; ў>u;";

    private static List<RegisterEntry> register;
    private static NameMatcher matcher;

    @BeforeAll
    static void indexTheDevelopmentRegister() throws IOException {
        register = RegisterCsv.read(Fixtures.DATA.resolve("names").resolve("register.csv"));
        matcher = new IndexedNameMatcher(NameIndex.build(register, progress -> { }), MatcherSettings.defaults());
    }

    @Test
    void findsTheCyrillicNamesRomanisedAsRussianPassportsDo() {
        assertThat(recall(Transliterator.createFromRules("ICAO", "::Lower; " + ICAO, Transliterator.FORWARD)))
                .isGreaterThanOrEqualTo(0.985);
    }

    @Test
    void findsTheCyrillicNamesRomanisedByBgnPcgnWithItsMiddleDots() {
        assertThat(recall(Transliterator.getInstance("Russian-Latin/BGN"))).isGreaterThanOrEqualTo(0.985);
    }

    @Test
    void findsMostCyrillicNamesInTheScientificTransliterationWithItsDiacritics() {
        // ISO 9 as ICU writes it (ж = ž, ч = č, я = â, ю = û); what is left are words whose j and c no
        // letter marks as ISO 9's (Najt, Kac)
        assertThat(recall(Transliterator.getInstance("Cyrillic-Latin"))).isGreaterThanOrEqualTo(0.95);
    }

    private static double recall(Transliterator romanisation) {
        int names = 0;
        int found = 0;
        for (RegisterEntry entry : register) {
            for (String name : entry.names()) {
                if (Script.of(name) != Script.CYRILLIC) {
                    continue;
                }
                names++;
                String romanised = romanisation.transliterate(name);
                if (matcher.match(NameQuery.of(romanised)).stream().anyMatch(c -> c.registerId().equals(entry.id()))) {
                    found++;
                }
            }
        }
        assertThat(names).as("Cyrillic names in the development register").isGreaterThan(500);
        return found / (double) names;
    }
}
