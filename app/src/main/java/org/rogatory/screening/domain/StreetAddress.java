package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    /** A box written after a slash (100/3): part of the building. */
    private static final Pattern BOX = Pattern.compile("(\\p{N}+\\p{L}?)\\s*/\\s*(\\p{N}+\\p{L}?)");
    /**
     * A date or an ordinal in a street's name ("Rue du 11 Novembre", "Place du 20 Août", "Rue de la 1ère Armée"):
     * words of the name, not house numbers.
     */
    private static final Pattern NAMED_NUMBER = Pattern.compile("\\b(\\p{N}+(?:er|ere|re|e|eme|ieme|de|ste)?)(\\s+"
            + "(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|januari|"
            + "februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|januar|februar|marz|"
            + "august|dezember|armee|regiment|division|chasseurs|guides|lanciers|linie)\\b)");
    /** The dashes and minus signs people type between two numbers, read as the hyphen of a range. */
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    /** Words that announce the house number ("nr. 5", "n° 5", "No 5"): neither street nor number. */
    private static final Set<String> NUMBER_WORDS = Set.of("nr", "no", "n", "num", "numero", "nummer", "number");
    /** What joins two addresses in one line: a line break, "&", "+", ";". */
    private static final Pattern JOINED = Pattern.compile("[\\n\\r&+;]");
    /** An ordinal ("3rd", "1er", "2e", "4ème"): a floor, not a house number. */
    private static final Pattern ORDINAL = Pattern.compile("\\p{N}+(?:st|nd|rd|th|er|ere|re|e|de|ste|eme|ieme)");
    private static final Pattern NOTE = Pattern.compile("\\([^)]*\\)|\\[[^]]*\\]");
    /** Words that introduce the part of a building, in the languages of addresses here. */
    private static final Set<String> UNIT_WORDS = Set.of("floor", "etage", "verdieping", "stock", "stockwerk", "apt",
            "apartment", "appartement", "app", "flat", "box", "bte", "boite", "bus", "postbus", "unit", "suite", "door",
            "porte", "wohnung", "whg", "po");

    /** The unit words of one kind, in the languages here, each to one form: "bte 4" is "boîte 4" and "bus 4". */
    private static final Map<String, String> UNIT_KINDS = Map.ofEntries(
            Map.entry("bte", "box"), Map.entry("boite", "box"), Map.entry("bus", "box"), Map.entry("postbus", "box"),
            Map.entry("apt", "flat"), Map.entry("apartment", "flat"), Map.entry("appartement", "flat"),
            Map.entry("app", "flat"), Map.entry("wohnung", "flat"), Map.entry("whg", "flat"),
            Map.entry("etage", "floor"), Map.entry("verdieping", "floor"), Map.entry("stock", "floor"),
            Map.entry("stockwerk", "floor"));

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
        String line = withoutCity(NOTE.matcher(NameSpotter.fold(address.line())).replaceAll(" "), address.city());
        Matcher m = WORD.matcher(inStreetNames(BOX.matcher(RANGE.matcher(line).replaceAll("$1to$2"))
                .replaceAll("$1 box $2")));
        Set<String> street = new TreeSet<>();
        String number = null;
        List<String> unit = new ArrayList<>();
        boolean unitNamed = false;
        while (m.find()) {
            String word = m.group();
            boolean digits = Character.isDigit(word.charAt(0));
            if (UNIT_WORDS.contains(word)) {
                unit.add(UNIT_KINDS.getOrDefault(word, word));
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
            } else if (!NUMBER_WORDS.contains(word)) {
                street.add(streetWord(word));
                unitNamed = false;
            }
        }
        return street.isEmpty() ? null : new StreetAddress(address.country(), street, number, String.join(" ", unit));
    }

    /**
     * Whether the line names one building: a street and one house number. A box, flat or floor is part of
     * the building; a postcode is allowed only before the city. Where a warrant names a building, it names one.
     */
    public static boolean namesOneBuilding(Address address) {
        return of(address) != null && houseNumbers(address) == 1;
    }

    /** Whether the line names several buildings: a range ("5-7"), two numbers ("5, 7", "5 and 9"), two lines. */
    public static boolean namesSeveralBuildings(Address address) {
        return houseNumbers(address) > 1;
    }

    /** The house numbers of the line, a range or two joined lines counting as two; no box, flat, floor or postcode. */
    private static int houseNumbers(Address address) {
        if (address == null || address.line() == null) {
            return 0;
        }
        if (JOINED.matcher(address.line()).find()) {
            return 2;
        }
        String line = inStreetNames(BOX.matcher(withoutCity(NameSpotter.fold(address.line()).replace('(', ' ')
                .replace(')', ' '), address.city())).replaceAll("$1"));
        if (RANGE.matcher(line).find()) {
            return 2;
        }
        Matcher m = WORD.matcher(line);
        int numbers = 0;
        boolean unitNamed = false;
        while (m.find()) {
            String word = m.group();
            if (Character.isDigit(word.charAt(0)) && !unitNamed && !ORDINAL.matcher(word).matches()) {
                numbers++;
            }
            unitNamed = UNIT_WORDS.contains(word);
        }
        return numbers;
    }

    /**
     * The numbers in a street's name written as a word of letters ("11 novembre" as "qbb novembre"), so that
     * they are read as part of the name and not as the house's number.
     */
    private static String inStreetNames(String line) {
        return NAMED_NUMBER.matcher(line).replaceAll(named -> "q" + named.group(1).chars()
                .mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) ('a' + Character.digit(c, 10)))
                        : String.valueOf((char) c))
                .collect(Collectors.joining()) + named.group(2));
    }

    /**
     * Whether this place lies within what a warrant names: the same building, and the same flat or box where the
     * warrant names one (a warrant for box 4 is not one for the building, nor for box 5).
     */
    public boolean within(StreetAddress warrant) {
        return samePlaceAs(warrant) && (warrant.unit.isEmpty() || warrant.unit.equals(unit));
    }

    /** The line without the ", postcode city, country" it may end in, dashes read as hyphens. */
    private static String withoutCity(String line, String city) {
        line = DASHES.matcher(line).replaceAll("-");
        if (city == null || city.isBlank()) {
            return line;
        }
        return Pattern.compile(BEFORE_CITY + CityNames.anyNameOf(city).pattern() + COUNTRY + "[\\s,.]*$")
                .matcher(line).replaceFirst("");
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
