package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rogatory.intake.domain.CooperationRequest.Address;

/**
 * An address line read for whether two persons live at the same place, as a search there concerns
 * everyone who does: its street words and house number, whatever the order, case, commas or notes in
 * brackets ("Rue de la Victoire 88, 3rd floor" is "rue de la Victoire, 88"). A flat, box or floor
 * tells two addresses apart only when both give one.
 */
public record StreetAddress(String country, Set<String> street, String number, String unit) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+|\\p{N}+[\\p{L}\\p{N}]*");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\p{N}+\\p{L}?");
    private static final Pattern NOTE = Pattern.compile("\\([^)]*\\)|\\[[^]]*\\]");
    /** Words that introduce the part of a building, in the languages of addresses here. */
    private static final Set<String> UNIT_WORDS = Set.of("floor", "etage", "verdieping", "stock", "stockwerk", "apt",
            "apartment", "appartement", "app", "flat", "box", "bte", "boite", "bus", "postbus", "unit", "suite", "door",
            "porte", "wohnung", "whg", "po");

    /** The address line read so; null when it has no street words (no line, or only a number). */
    public static StreetAddress of(Address address) {
        if (address == null || address.line() == null || address.line().isBlank()) {
            return null;
        }
        Matcher m = WORD.matcher(NOTE.matcher(NameSpotter.fold(address.line())).replaceAll(" "));
        Set<String> street = new TreeSet<>();
        String number = null;
        List<String> unit = new ArrayList<>();
        boolean unitNamed = false;
        while (m.find()) {
            String word = m.group();
            boolean digits = Character.isDigit(word.charAt(0));
            if (UNIT_WORDS.contains(word)) {
                unit.add(word);
                unitNamed = true;
            } else if (unitNamed && (digits || word.length() == 1)) {
                // "bte 4", "Flat B": the word after names the part
                unit.add(word);
                unitNamed = false;
            } else if (digits && number == null && HOUSE_NUMBER.matcher(word).matches()) {
                number = word;
                unitNamed = false;
            } else if (digits) {
                // "3rd floor", "1er étage", a second number
                unit.add(word);
                unitNamed = false;
            } else {
                street.add(word);
                unitNamed = false;
            }
        }
        return street.isEmpty() ? null : new StreetAddress(address.country(), street, number, String.join(" ", unit));
    }

    /** Whether both name the same building, and the same part of it where both say which. */
    public boolean samePlaceAs(StreetAddress other) {
        return Objects.equals(country, other.country) && street.equals(other.street)
                && Objects.equals(number, other.number)
                && (unit.isEmpty() || other.unit.isEmpty() || unit.equals(other.unit));
    }
}
