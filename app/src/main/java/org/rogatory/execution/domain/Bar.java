package org.rogatory.execution.domain;

import java.util.List;
import org.rogatory.access.Language;

/**
 * A bar (ordre des avocats, orde van advocaten, Rechtsanwaltskammer) whose president (bâtonnier,
 * stafhouder) is told before a lawyer's premises are searched (BE-USAGE-BATONNIER).
 *
 * @param districts the cities and judicial districts it covers, as people write them
 * @param language  the language its notices are written in
 */
public record Bar(String id, String name, String president, String email, String postalAddress, Language language,
        List<String> districts) {

    public Bar {
        districts = List.copyOf(districts);
    }
}
