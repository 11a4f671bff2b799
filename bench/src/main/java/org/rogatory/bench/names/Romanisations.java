package org.rogatory.bench.names;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Locale;
import org.rogatory.matching.NameMatcher;
import org.rogatory.matching.NameQuery;
import org.rogatory.matching.RegisterEntry;

/**
 * The dev register's Cyrillic names romanised by the systems requests and passports use, each looked up
 * alone against the dev register: the dev queries spell names as people do and would not show a system
 * the matcher cannot read. {@code RomanisedRegisterTest} keeps the same figures from falling.
 */
final class Romanisations {

    /** ICAO Doc 9303, as Russian passports romanise names since 2014. */
    private static final String ICAO = "::Lower; ::NFC; ж>zh; х>kh; ц>ts; ч>ch; ш>sh; щ>shch; ъ>ie; ы>y; ь>; э>e;"
            + " ю>iu; я>ia; ё>e; й>i; а>a; б>b; в>v; г>g; д>d; е>e; з>z; и>i; к>k; л>l; м>m; н>n; о>o; п>p;"
            + " р>r; с>s; т>t; у>u; ф>f; і>i; ї>i; є>ie; ґ>g; ў>u;";

    private Romanisations() {
    }

    static String section(List<RegisterEntry> register, NameMatcher matcher) {
        StringBuilder md = new StringBuilder("\n### The register's Cyrillic names under other romanisations\n\n");
        md.append("Each Cyrillic name of the dev register, romanised by the system named, looked up alone against ")
                .append("the dev register at the default threshold; recall = the share whose own entry is among ")
                .append("the candidates.\n\n| romanisation | names | recall |\n|---|---|---|\n");
        row(md, "ICAO Doc 9303 (Russian passports)", Transliterator.createFromRules("ICAO", ICAO,
                Transliterator.FORWARD), register, matcher);
        row(md, "BGN/PCGN (ICU `Russian-Latin/BGN`)", Transliterator.getInstance("Russian-Latin/BGN"), register,
                matcher);
        row(md, "ISO 9 (ICU `Cyrillic-Latin`)", Transliterator.getInstance("Cyrillic-Latin"), register, matcher);
        return md.toString();
    }

    private static void row(StringBuilder md, String system, Transliterator romanisation, List<RegisterEntry> register,
                            NameMatcher matcher) {
        int names = 0;
        int found = 0;
        for (RegisterEntry entry : register) {
            for (String name : entry.names()) {
                if (!SyntheticRegister.scriptOf(name).equals("CYRILLIC")) {
                    continue;
                }
                names++;
                if (matcher.match(NameQuery.of(romanisation.transliterate(name))).stream()
                        .anyMatch(c -> c.registerId().equals(entry.id()))) {
                    found++;
                }
            }
        }
        md.append(String.format(Locale.ROOT, "| %s | %,d | %.3f |%n", system, names, found / (double) names));
    }
}
