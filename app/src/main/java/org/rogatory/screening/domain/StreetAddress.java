package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\p{N}+\\p{L}?(?:to\\p{N}+\\p{L}?)?");
    /** Numbers 100-102: the buildings from one to the other, not number 100 (a slash is a box: 100/3). */
    private static final Pattern RANGE = Pattern.compile("(\\p{N}+\\p{L}?)\\s*-\\s*(\\p{N}+\\p{L}?)\\b");
    private static final Pattern NOTE = Pattern.compile("\\([^)]*\\)|\\[[^]]*\\]");
    /** Words that introduce the part of a building, in the languages of addresses here. */
    private static final Set<String> UNIT_WORDS = Set.of("floor", "etage", "verdieping", "stock", "stockwerk", "apt",
            "apartment", "appartement", "app", "flat", "box", "bte", "boite", "bus", "postbus", "unit", "suite", "door",
            "porte", "wohnung", "whg", "po");

    /**
     * Words that say what kind of street it is, written out or abbreviated, each to one form: the police
     * write "Av." and "Bd" where the request wrote "Avenue" and "Boulevard".
     */
    private static final Map<String, String> STREET_KINDS = Map.ofEntries(
            Map.entry("av", "avenue"), Map.entry("ave", "avenue"), Map.entry("avn", "avenue"),
            Map.entry("bd", "boulevard"), Map.entry("bld", "boulevard"), Map.entry("blvd", "boulevard"),
            Map.entry("boul", "boulevard"), Map.entry("bvd", "boulevard"),
            Map.entry("pl", "place"), Map.entry("sq", "square"), Map.entry("chee", "chaussee"),
            Map.entry("st", "saint"), Map.entry("sint", "saint"), Map.entry("sankt", "saint"),
            Map.entry("ste", "sainte"));
    /** Dutch and German street names end in the kind of street, often abbreviated (Kerkstr., Hauptstr.). */
    private static final Pattern STREET_ENDING = Pattern.compile("(str|straat|strasse|straße)$|(stwg|stw|steenweg)$");
    /**
     * What comes before the city that ends an address line written whole: a comma, and a postcode (", 1000
     * Bruxelles", ", B-1000 Bruxelles"). Only after a comma: "Rue de Bruxelles" and a long street's four-digit
     * house number are no city nor postcode.
     */
    private static final String BEFORE_CITY = "\\s*,\\s*(?:(?:[a-z]{1,2}-)?\\p{N}{4,5}\\s+)?";
    private static final String COUNTRY = "(?:[,\\s]+(?:belgique|belgie|belgium|belgien))?";

    /** The address line read so; null when it has no street words (no line, or only a number). */
    public static StreetAddress of(Address address) {
        if (address == null || address.line() == null || address.line().isBlank()) {
            return null;
        }
        String line = NOTE.matcher(NameSpotter.fold(address.line())).replaceAll(" ");
        if (address.city() != null && !address.city().isBlank()) {
            line = Pattern.compile(BEFORE_CITY + CityNames.anyNameOf(address.city()).pattern() + COUNTRY
                    + "[\\s,.]*$").matcher(line).replaceFirst("");
        }
        Matcher m = WORD.matcher(RANGE.matcher(line).replaceAll("$1to$2"));
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
                street.add(streetWord(word));
                unitNamed = false;
            }
        }
        return street.isEmpty() ? null : new StreetAddress(address.country(), street, number, String.join(" ", unit));
    }

    private static String streetWord(String word) {
        String kind = STREET_KINDS.get(word);
        if (kind != null) {
            return kind;
        }
        Matcher ending = STREET_ENDING.matcher(word);
        if (ending.find() && ending.start() > 0) {
            return word.substring(0, ending.start()) + (ending.group(1) != null ? "str" : "stwg");
        }
        return word;
    }

    /** Whether both name the same building, and the same part of it where both say which. */
    public boolean samePlaceAs(StreetAddress other) {
        return Objects.equals(country, other.country) && street.equals(other.street)
                && Objects.equals(number, other.number)
                && (unit.isEmpty() || other.unit.isEmpty() || unit.equals(other.unit));
    }
}
