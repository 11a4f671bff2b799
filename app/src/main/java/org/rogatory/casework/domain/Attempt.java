package org.rogatory.casework.domain;

import java.util.List;
import java.util.Optional;
import org.rogatory.access.Role;

/**
 * A move someone asks for: on this case, in this role (null for the system), this act, answering
 * these findings. {@code facts} carries what the feature asking for the move knows and the case file
 * does not (an execution plan, a list of cleared items), for the guards that feature adds.
 */
public record Attempt(CaseFile file, Role role, Act act, List<FindingDisposition> dispositions, List<Object> facts) {

    public Attempt {
        dispositions = List.copyOf(dispositions);
        facts = List.copyOf(facts);
    }

    public static Attempt by(CaseFile file, Role role, Act act) {
        return new Attempt(file, role, act, List.of(), List.of());
    }

    public <T> Optional<T> fact(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The answer this attempt gives to a finding, if it gives one. */
    public Optional<FindingDisposition> answerTo(String findingId) {
        return dispositions.stream().filter(d -> d.findingId().equals(findingId)).findFirst();
    }
}
