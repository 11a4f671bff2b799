package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rogatory.matching.Candidate;
import org.rogatory.matching.NameMatcher;
import org.rogatory.matching.NameQuery;

/**
 * Finds the protected persons a free text names (a client list, a list of opponents in a seized
 * document): every span the {@link NameSpotter} offers, longest first, is looked up in the register;
 * the words of a span that met someone are not tried again on their own. One result per register
 * entry, with its best-scoring mention.
 */
public final class NamesInText {

    private NamesInText() {
    }

    public static List<NameInText> find(String text, NameMatcher register) {
        Map<String, NameInText> best = new LinkedHashMap<>();
        for (NameSpotter.Run run : NameSpotter.runs(text)) {
            List<String> claimed = new ArrayList<>();
            for (String span : run.spans()) {
                if (claimed.stream().anyMatch(c -> (" " + c + " ").contains(" " + span + " "))) {
                    continue;
                }
                List<Candidate> candidates = register.match(NameQuery.of(span));
                if (candidates.isEmpty()) {
                    continue;
                }
                claimed.add(span);
                for (Candidate candidate : candidates) {
                    NameInText found = new NameInText(span, candidate.registerId(), candidate.matchedName(),
                            candidate.score());
                    best.merge(candidate.registerId(), found, (a, b) -> b.score() > a.score() ? b : a);
                }
            }
        }
        return List.copyOf(best.values());
    }
}
