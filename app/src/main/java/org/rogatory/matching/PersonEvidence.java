package org.rogatory.matching;

import java.util.List;
import java.util.Locale;

/**
 * What birth date and nationality do to a name score. They never make a candidate alone: they move a
 * name score up or down by a few hundredths, so they only decide for names near the review threshold;
 * a full date that agrees counts twice what an agreeing year does. A missing date or nationality does
 * nothing. A birth date that disagrees lowers the score a little within {@link #SAME_PERSON_SPREAD}
 * years and strongly beyond.
 *
 * @param delta added to the name score
 * @param note  for the explanation, or empty
 */
record PersonEvidence(float delta, String note) {

    static final float DATE_AGREES = 0.03f;
    /** Two full dates, day and month and year, that agree: one person in some ten thousand shares one. */
    static final float FULL_DATE_AGREES = 0.06f;
    static final float NATIONALITY_AGREES = 0.02f;
    static final float NATIONALITY_DIFFERS = -0.04f;
    /** The widest gap between two birth years that sources give for one person. */
    static final int SAME_PERSON_SPREAD = 15;

    static final PersonEvidence NONE = new PersonEvidence(0f, "");

    static PersonEvidence of(NameQuery query, RegisterEntry entry) {
        PersonEvidence date = birthDate(BirthDate.parse(query.birthDate()), BirthDate.parse(entry.birthDate()));
        PersonEvidence nationality = nationality(query.nationality(), entry.nationalities());
        String note = (date.note + (date.note.isEmpty() || nationality.note.isEmpty() ? "" : "; ") + nationality.note);
        return new PersonEvidence(date.delta + nationality.delta, note);
    }

    /** The most that agreeing evidence can add to a name score for {@code query}: nothing if it gives none. */
    static float mostAdded(NameQuery query) {
        BirthDate date = BirthDate.parse(query.birthDate());
        float added = date == null ? 0f : date.day() > 0 ? FULL_DATE_AGREES : DATE_AGREES;
        return query.nationality() == null || query.nationality().isBlank() ? added : added + NATIONALITY_AGREES;
    }

    static PersonEvidence birthDate(BirthDate query, BirthDate register) {
        if (query == null || register == null) {
            return NONE;
        }
        if (query.agreesWith(register)) {
            float agrees = query.day() > 0 && register.day() > 0 ? FULL_DATE_AGREES : DATE_AGREES;
            return new PersonEvidence(agrees, "birth date agrees (+" + agrees + ")");
        }
        int years = Math.abs(query.year() - register.year());
        float delta = yearPenalty(years);
        String apart = years > 0 ? years + " years apart"
                : query.month() == register.month() ? "same month, other day" : "same year, other month";
        return new PersonEvidence(delta, "birth date " + apart
                + " (" + String.format(Locale.ROOT, "%.2f", delta) + ")");
    }

    /**
     * Sources give one person birth dates up to about fifteen years apart (the UN lists several; copies
     * shift them), so within that span a conflict costs little; beyond it the same name is most likely
     * another person (a namesake a generation apart), and the conflict costs more than a candidate can
     * usually spare.
     */
    static float yearPenalty(int years) {
        if (years == 0) {
            return -0.01f;
        }
        if (years <= 2) {
            return -0.02f;
        }
        if (years <= 5) {
            return -0.03f;
        }
        if (years <= 9) {
            return -0.05f;
        }
        if (years <= SAME_PERSON_SPREAD) {
            return -0.07f;
        }
        return -0.4f;
    }

    static PersonEvidence nationality(String query, List<String> register) {
        if (query == null || query.isBlank() || register.isEmpty()) {
            return NONE;
        }
        boolean agrees = register.stream().anyMatch(n -> n.equalsIgnoreCase(query.strip()));
        return agrees ? new PersonEvidence(NATIONALITY_AGREES, "nationality agrees (+" + NATIONALITY_AGREES + ")")
                : new PersonEvidence(NATIONALITY_DIFFERS, "nationality differs (" + NATIONALITY_DIFFERS + ")");
    }
}
