package org.rogatory.screening.domain;

import org.rogatory.intake.domain.CooperationRequest.Person;

/** A person of an earlier request here whose names may be the person's. */
record HistoryHit(EarlierRequest earlier, Person person, NameHit hit) {

    String describe() {
        return "person " + person.ref() + " of " + earlier.describe() + ", " + hit.describe()
                + (person.birthDate() == null ? "" : ", born " + person.birthDate());
    }
}
