package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
    private static final Pattern DATE = Pattern.compile("\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEARS = Pattern.compile("((?:19|20)\\d{2})[/-]((?:19|20)?\\d{2})");
    private static final Pattern SEGMENT_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MIN_DIGITS = 4;
    private static final int MIN_DIGITS_WITHOUT_SEPARATOR = 6;
    /** The longest span a year range covers: "2008-2010" is one, "2022/1964" is a case number. */
    private static final int MAX_YEARS_IN_A_RANGE = 10;

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

    /**
     * Why the two requests are about the same case; empty when nothing ties them. References are
     * compared by their letters and digits ({@link #segments}), whatever separates them, and a citation
     * may leave out the leading parts of a reference ({@link #cites}).
     */
    static List<Link> between(CooperationRequest request, CooperationRequest earlier) {
        List<Link> reasons = new ArrayList<>();
        List<String> reference = segments(request.foreignReference());
        List<String> earlierReference = segments(earlier.foreignReference());
        boolean sameState = request.requestingState().equals(earlier.requestingState());
        if (!earlierReference.isEmpty() && earlierReference.equals(reference) && sameState) {
            reasons.add(new Link(Kind.REFERENCE, "same foreign reference " + earlier.foreignReference()));
        }
        if (request.relatedReferences().stream().anyMatch(r -> cites(segments(r), earlierReference))) {
            reasons.add(new Link(Kind.REFERENCE, "the request cites its reference " + earlier.foreignReference()
                    + " as related"));
        } else if (identifies(earlierReference) && (sameState || !bare(earlierReference))
                && Collections.indexOfSubList(segments(request.facts()), earlierReference) >= 0) {
            reasons.add(new Link(Kind.REFERENCE, "the facts cite its reference " + earlier.foreignReference()));
        }
        if (earlier.relatedReferences().stream().anyMatch(r -> cites(segments(r), reference))) {
            reasons.add(new Link(Kind.REFERENCE, "it cites this request's reference " + request.foreignReference()
                    + " as related"));
        }
        Set<String> shared = new LinkedHashSet<>(caseNumbers(request.facts()));
        Set<String> earlierNumbers = caseNumbers(earlier.facts());
        earlierNumbers.add(earlier.foreignReference() == null ? "" : earlier.foreignReference());
        // a bare number ("2023/1187") is only the same case from the same state: each authority numbers its own
        shared.removeIf(n -> !sameState && bare(segments(n))
                || earlierNumbers.stream().noneMatch(e -> sameNumber(n, e)));
        // the reference itself in the facts is reported as a citation above
        shared.removeIf(n -> segments(n).equals(earlierReference));
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
                    && !DATE.matcher(token).matches() && !yearRange(token)) {
                numbers.add(token.toUpperCase(Locale.ROOT));
            }
        }
        return numbers;
    }

    /** "2008-2010", "2019/20": a few years, not a case; "2022/1964" runs backwards, so it is a number. */
    private static boolean yearRange(String token) {
        Matcher m = YEARS.matcher(token);
        if (!m.matches()) {
            return false;
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        if (m.group(2).length() == 2) {
            to += from / 100 * 100;
        }
        return to > from && to - from <= MAX_YEARS_IN_A_RANGE;
    }

    /** A number equals a reference, or ends it: "2023/1187" is the number of "MA-TNG-2023/1187". */
    private static boolean sameNumber(String number, String reference) {
        List<String> n = segments(number);
        return !n.isEmpty() && (n.equals(segments(reference)) || cites(n, segments(reference)));
    }

    /**
     * A reference as the letters and digits it is made of, in capitals: "TR-ANK 2020/0031",
     * "tr-ank-2020-0031" and "TR/ANK/2020/0031" are the same reference.
     */
    private static List<String> segments(String reference) {
        if (reference == null || reference.isBlank()) {
            return List.of();
        }
        return Arrays.stream(SEGMENT_BREAK.split(reference.toUpperCase(Locale.ROOT)))
                .filter(segment -> !segment.isEmpty()).toList();
    }

    /**
     * Whether a citation names the reference: all of it, or its last parts from a number of at least
     * four digits in two parts on ("2023/1187", "ANK-2020/0031" for "TR-ANK-2020/0031"), never one
     * part alone ("1187") nor a longer number that begins the same ("2023/11875").
     */
    private static boolean cites(List<String> citation, List<String> reference) {
        if (citation.isEmpty() || citation.size() > reference.size()
                || !reference.subList(reference.size() - citation.size(), reference.size()).equals(citation)) {
            return false;
        }
        return citation.size() == reference.size() || citation.size() >= 2 && digits(citation) >= MIN_DIGITS;
    }

    /** Whether a reference says enough to be recognised in running text. */
    private static boolean identifies(List<String> reference) {
        long digits = digits(reference);
        return reference.size() >= 2 && digits >= MIN_DIGITS || digits >= MIN_DIGITS_WITHOUT_SEPARATOR;
    }

    private static long digits(List<String> segments) {
        return segments.stream().mapToLong(s -> s.chars().filter(Character::isDigit).count()).sum();
    }

    /** A reference of digits only, with no letters of a state or authority ("2023/1187"). */
    private static boolean bare(List<String> segments) {
        return segments.stream().allMatch(segment -> segment.chars().allMatch(Character::isDigit));
    }

    private static List<Organisation> complainants(CooperationRequest request) {
        return request.organisations().stream()
                .filter(o -> o.role() == OrganisationRole.COMPLAINANT || o.role() == OrganisationRole.CIVIL_PARTY)
                .toList();
    }
}
