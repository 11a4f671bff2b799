package org.rogatory.bench.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.rogatory.matching.RegisterEntry;

/**
 * The standard methods the matcher is measured against, each over every name of every register entry.
 * Each returns, for a query name, the register ids it proposes, best first.
 */
final class Baselines {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Baselines() {
    }

    interface Method {
        List<String> match(String name);
    }

    /** NFKC, case folding, diacritics removed, punctuation and spaces collapsed. */
    static String exactKey(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        s = UCharacter.foldCase(s, true);
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NON_LETTERS.matcher(s).replaceAll(" ").strip();
    }

    /** (1) Exact match of the normalised name string. */
    static Method exact(List<RegisterEntry> register) {
        Map<String, List<String>> byKey = new HashMap<>();
        for (RegisterEntry entry : register) {
            for (String name : entry.names()) {
                List<String> ids = byKey.computeIfAbsent(exactKey(name), k -> new ArrayList<>());
                if (!ids.contains(entry.id())) {
                    ids.add(entry.id());
                }
            }
        }
        return name -> byKey.getOrDefault(exactKey(name), List.of());
    }

    /** ICU {@code Any-Latin; Latin-ASCII}, lower case, words split on anything not a letter or digit. */
    static final class Latin {
        private final Transliterator toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");

        List<String> words(String name) {
            String s = toLatin.transliterate(Normalizer.normalize(name, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
            List<String> words = new ArrayList<>();
            for (String w : NON_LETTERS.split(s)) {
                if (!w.isBlank()) {
                    words.add(w);
                }
            }
            return words;
        }
    }

    /**
     * (2) Lucene {@link FuzzyQuery} with at most two edits: register names indexed as their ICU-folded
     * Latin words; a name is proposed when every query word meets one of its words within two edits
     * (in any order), ranked by Lucene's score.
     */
    static Method fuzzy(List<RegisterEntry> register) throws IOException {
        Latin latin = new Latin();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (RegisterEntry entry : register) {
                for (String name : entry.names()) {
                    Document doc = new Document();
                    doc.add(new StoredField("id", entry.id()));
                    doc.add(new TextField("name", String.join(" ", latin.words(name)), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
        }
        DirectoryReader reader = DirectoryReader.open(directory);
        IndexSearcher searcher = new IndexSearcher(reader);
        return name -> {
            List<String> words = latin.words(name);
            if (words.isEmpty()) {
                return List.of();
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (String word : words) {
                query.add(new FuzzyQuery(new Term("name", word), 2), BooleanClause.Occur.MUST);
            }
            try {
                TopDocs top = searcher.search(query.build(), 20);
                LinkedHashMap<String, Boolean> ids = new LinkedHashMap<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    ids.put(searcher.storedFields().document(hit.doc).get("id"), true);
                }
                return new ArrayList<>(ids.keySet());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * (3) Jaro-Winkler token-wise on ICU {@code Any-Latin; Latin-ASCII} forms: a register name is
     * proposed when every query word has a word of it at Jaro-Winkler similarity 0.9 or more (a
     * brute-force scan of the register), ranked by the mean of those similarities.
     */
    static Method jaroWinkler(List<RegisterEntry> register) {
        Latin latin = new Latin();
        JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
        List<String> ids = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        for (RegisterEntry entry : register) {
            for (String name : entry.names()) {
                ids.add(entry.id());
                names.add(latin.words(name).toArray(String[]::new));
            }
        }
        return name -> {
            List<String> words = latin.words(name);
            if (words.isEmpty()) {
                return List.of();
            }
            Map<String, Double> best = new HashMap<>();
            for (int n = 0; n < names.size(); n++) {
                String[] registerWords = names.get(n);
                double sum = 0;
                boolean all = true;
                for (String word : words) {
                    double top = 0;
                    for (String other : registerWords) {
                        top = Math.max(top, jw.apply(word, other));
                    }
                    if (top < 0.9) {
                        all = false;
                        break;
                    }
                    sum += top;
                }
                if (all) {
                    best.merge(ids.get(n), sum / words.size(), Math::max);
                }
            }
            List<Map.Entry<String, Double>> ranked = new ArrayList<>(best.entrySet());
            ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
            List<String> out = new ArrayList<>();
            for (int i = 0; i < ranked.size() && i < 20; i++) {
                out.add(ranked.get(i).getKey());
            }
            return out;
        };
    }
}
