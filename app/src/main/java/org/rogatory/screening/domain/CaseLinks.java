package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Organisation;
import org.rogatory.intake.domain.CooperationRequest.OrganisationRole;

/**
 * What ties a request to an earlier one without a person in common: the same foreign reference,
 * a reference one of them cites, the same foreign case number in both facts, the same complainant.
 */
final class CaseLinks {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[/.\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern DATE = Pattern.compile(
            "\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|(?:19|20)\\d{2}[/-](?:19|20)?\\d{2}");
    private static final int MIN_DIGITS = 4;
    private static final int MIN_DIGITS_WITHOUT_SEPARATOR = 6;

    private CaseLinks() {
    }

    /** One tie between two requests. */
    record Link(Kind kind, String description) {

        /** A complainant in common shows the same interest, not necessarily the same case. */
        boolean sameCase() {
            return kind != Kind.COMPLAINANT;
        }
    }

    enum Kind { REFERENCE, CASE_NUMBER, COMPLAINANT }

    /** Why the two requests are about the same case; empty when nothing ties them. */
    static List<Link> between(CooperationRequest request, CooperationRequest earlier) {
        List<Link> reasons = new ArrayList<>();
        String reference = normalised(request.foreignReference());
        String earlierReference = normalised(earlier.foreignReference());
        if (!earlierReference.isEmpty() && earlierReference.equals(reference)
                && request.requestingState().equals(earlier.requestingState())) {
            reasons.add(new Link(Kind.REFERENCE, "same foreign reference " + earlier.foreignReference()));
        }
        if (request.relatedReferences().stream().map(CaseLinks::normalised).anyMatch(earlierReference::equals)) {
            reasons.add(new Link(Kind.REFERENCE, "the request cites its reference " + earlier.foreignReference()
                    + " as related"));
        } else if (!earlierReference.isEmpty() && normalised(request.facts()).contains(earlierReference)) {
            reasons.add(new Link(Kind.REFERENCE, "the facts cite its reference " + earlier.foreignReference()));
        }
        if (earlier.relatedReferences().stream().map(CaseLinks::normalised).anyMatch(reference::equals)) {
            reasons.add(new Link(Kind.REFERENCE, "it cites this request's reference " + request.foreignReference()
                    + " as related"));
        }
        Set<String> shared = new LinkedHashSet<>(caseNumbers(request.facts()));
        Set<String> earlierNumbers = caseNumbers(earlier.facts());
        earlierNumbers.add(earlierReference);
        shared.removeIf(n -> earlierNumbers.stream().noneMatch(e -> sameNumber(n, e)));
        // the reference itself in the facts is reported as a citation above
        shared.removeIf(n -> normalised(n).equals(earlierReference));
        if (!shared.isEmpty()) {
            reasons.add(new Link(Kind.CASE_NUMBER, "same case number " + String.join(", ", shared) + " in the facts"));
        }
        for (Organisation organisation : complainants(request)) {
            for (Organisation other : complainants(earlier)) {
                if (StateLinkedComplainant.sameEntity(organisation.name(), other.name())
                        && StateLinkedComplainant.sameEntity(other.name(), organisation.name())) {
                    reasons.add(new Link(Kind.COMPLAINANT, "same complainant '" + other.name() + "'"));
                }
            }
        }
        return reasons;
    }

    /**
     * Numbers that identify a case: at least four digits, and a separator or at least six digits;
     * dates and year ranges are not case numbers.
     */
    static Set<String> caseNumbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        if (text == null) {
            return numbers;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            long digits = token.chars().filter(Character::isDigit).count();
            boolean separated = token.indexOf('/') >= 0 || token.indexOf('-') >= 0;
            if (digits >= MIN_DIGITS && (separated || digits >= MIN_DIGITS_WITHOUT_SEPARATOR)
                    && !DATE.matcher(token).matches()) {
                numbers.add(token.toUpperCase(Locale.ROOT));
            }
        }
        return numbers;
    }

    /** A number equals a reference, or ends it: "2023/1187" is the number of "MA-TNG-2023/1187". */
    private static boolean sameNumber(String number, String reference) {
        String n = normalised(number);
        return !n.isEmpty() && (reference.equals(n) || reference.endsWith("-" + n) || reference.endsWith("/" + n));
    }

    private static List<Organisation> complainants(CooperationRequest request) {
        return request.organisations().stream()
                .filter(o -> o.role() == OrganisationRole.COMPLAINANT || o.role() == OrganisationRole.CIVIL_PARTY)
                .toList();
    }

    private static String normalised(String reference) {
        return reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
