package org.rogatory.intake.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.Offence;
import org.rogatory.intake.domain.CooperationRequest.Organisation;
import org.rogatory.intake.domain.CooperationRequest.Person;

/**
 * What intake checks beyond the schema (DESIGN.md §2): every {@code personRef} names a person or
 * organisation of the request, refs are unique, partial birth dates are real dates, an offence
 * does not end before it began, and the request was not received in the future.
 */
public final class RequestChecks {

    private RequestChecks() {
    }

    public static List<RequestDefect> check(CooperationRequest request, LocalDate today) {
        List<RequestDefect> defects = new ArrayList<>();
        if (request.receivedOn() != null && request.receivedOn().isAfter(today)) {
            defects.add(new RequestDefect("/receivedOn", "is in the future (today is " + today + ")"));
        }
        String reference = request.foreignReference();
        if (reference != null && (reference.isBlank() || !reference.strip().equals(reference))) {
            // the reference identifies the request: "X-1 " would register a second case beside "X-1"
            defects.add(new RequestDefect("/foreignReference", "is blank or has spaces before or after it"));
        }
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < request.persons().size(); i++) {
            Person person = request.persons().get(i);
            if (!refs.add(person.ref())) {
                defects.add(new RequestDefect("/persons/" + i + "/ref", "\"" + person.ref() + "\" is used twice"));
            }
            if (person.birthDate() != null && !isRealPartialDate(person.birthDate())) {
                defects.add(new RequestDefect("/persons/" + i + "/birthDate",
                        "\"" + person.birthDate() + "\" is not a real date"));
            } else if (person.birthDate() != null && firstDay(person.birthDate()).isAfter(today)) {
                defects.add(new RequestDefect("/persons/" + i + "/birthDate", "is in the future (today is " + today + ")"));
            }
        }
        for (int i = 0; i < request.organisations().size(); i++) {
            Organisation organisation = request.organisations().get(i);
            if (!refs.add(organisation.ref())) {
                defects.add(new RequestDefect("/organisations/" + i + "/ref",
                        "\"" + organisation.ref() + "\" is used twice"));
            }
        }
        for (int i = 0; i < request.measures().size(); i++) {
            Measure measure = request.measures().get(i);
            if (measure.personRef() != null && request.person(measure.personRef()).isEmpty()
                    && request.organisation(measure.personRef()).isEmpty()) {
                defects.add(new RequestDefect("/measures/" + i + "/personRef",
                        "\"" + measure.personRef() + "\" names no person or organisation of the request"));
            }
        }
        for (int i = 0; i < request.offences().size(); i++) {
            Offence offence = request.offences().get(i);
            if (offence.from() != null && offence.to() != null && offence.to().isBefore(offence.from())) {
                defects.add(new RequestDefect("/offences/" + i + "/to", "is before /offences/" + i + "/from"));
            }
        }
        return defects;
    }

    /** The first day a real partial date may mean: 1976 may be 1 January 1976. */
    private static LocalDate firstDay(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
            case 7 -> YearMonth.parse(date).atDay(1);
            default -> LocalDate.parse(date);
        };
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (the schema's pattern) naming a real day or month. */
    static boolean isRealPartialDate(String date) {
        try {
            switch (date.length()) {
                case 4 -> Integer.parseInt(date);
                case 7 -> YearMonth.parse(date);
                case 10 -> LocalDate.parse(date);
                default -> {
                    return false;
                }
            }
            return true;
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }
}
