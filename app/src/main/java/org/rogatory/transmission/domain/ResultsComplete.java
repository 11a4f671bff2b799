package org.rogatory.transmission.domain;

import java.util.List;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;

/** RESULTS_COMPLETE: the results go to review only when every item has its content to review. */
public final class ResultsComplete {

    private ResultsComplete() {
    }

    public static Verdict check(List<ResultItem> items) {
        return Verdict.blockedIfAny(items.stream()
                .filter(item -> item.content() == null)
                .map(item -> Reason.about("item-without-content", item.id(), "Item " + item.number() + " ("
                        + item.label() + ") has no content yet: upload its text or PDF."))
                .toList());
    }
}
