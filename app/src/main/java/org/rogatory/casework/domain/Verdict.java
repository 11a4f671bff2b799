package org.rogatory.casework.domain;

import java.util.ArrayList;
import java.util.List;

/** What a guard says about a move: allowed, or blocked with every reason at once. */
public sealed interface Verdict permits Verdict.Allowed, Verdict.Blocked {

    Verdict ALLOWED = new Allowed();

    record Allowed() implements Verdict {
    }

    record Blocked(List<Reason> reasons) implements Verdict {
        public Blocked {
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a blocked move has at least one reason");
            }
            reasons = List.copyOf(reasons);
        }
    }

    static Verdict blockedIfAny(List<Reason> reasons) {
        return reasons.isEmpty() ? ALLOWED : new Blocked(reasons);
    }

    static Verdict blocked(Reason reason) {
        return new Blocked(List.of(reason));
    }

    /** Allowed only if every verdict is; otherwise blocked with all their reasons together. */
    static Verdict all(List<Verdict> verdicts) {
        List<Reason> reasons = new ArrayList<>();
        for (Verdict verdict : verdicts) {
            if (verdict instanceof Blocked blocked) {
                reasons.addAll(blocked.reasons());
            }
        }
        return blockedIfAny(reasons);
    }
}
