package org.rogatory.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds small registers of invented people for matcher tests. */
final class RegisterFixture {

    private final List<RegisterEntry> entries = new ArrayList<>();

    static RegisterFixture register() {
        return new RegisterFixture();
    }

    RegisterFixture person(String id, String birthDate, String... names) {
        entries.add(new RegisterEntry(id, List.of("REFUGEE"), Arrays.asList(names), birthDate, List.of(), List.of("KZ"),
                "2015-01-01", null));
        return this;
    }

    RegisterFixture person(String id, String birthDate, List<String> nationalities, String... names) {
        entries.add(new RegisterEntry(id, List.of("REFUGEE"), Arrays.asList(names), birthDate, nationalities,
                List.of("KZ"), "2015-01-01", null));
        return this;
    }

    NameMatcher matcher() {
        return NameMatchers.over(entries);
    }

    List<RegisterEntry> entries() {
        return List.copyOf(entries);
    }
}
