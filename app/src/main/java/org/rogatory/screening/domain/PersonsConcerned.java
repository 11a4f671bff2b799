package org.rogatory.screening.domain;

import java.util.List;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.Person;

/**
 * The persons a measure concerns, as screening reads them: the one it names, and anyone whose address
 * is the measure's, since a search of a home concerns whoever lives there. Transmission asks the same
 * question of whom to notify.
 */
public final class PersonsConcerned {

    private PersonsConcerned() {
    }

    public static List<Person> by(CooperationRequest request, Measure measure) {
        return Requests.personsConcerned(request, measure);
    }
}
