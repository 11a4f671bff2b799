package org.rogatory.screening.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names a city goes by in the languages of this state and in English: a request from a foreign
 * state writes Brussels, Anvers or Lüttich where the police write Bruxelles, Antwerpen or Liège. Two
 * names are the same city when they are, or when they are spelt alike without case, accents or
 * hyphens. The Belgian municipalities with names in more than one language, and the Brussels communes.
 */
public final class CityNames {

    private static final List<List<String>> SAME_CITY = List.of(
            List.of("Brussels", "Bruxelles", "Brussel", "Brüssel", "Bruselas", "Bruxelas", "Bruksela",
                    "Bruxelles-Ville", "Brussel-Stad", "Ville de Bruxelles", "Stad Brussel", "City of Brussels"),
            List.of("Antwerpen", "Antwerp", "Anvers", "Amberes", "Anversa"),
            List.of("Gent", "Ghent", "Gand", "Gante"),
            List.of("Liège", "Luik", "Lüttich", "Liege", "Lieja"),
            List.of("Leuven", "Louvain", "Löwen"),
            List.of("Mechelen", "Malines", "Mecheln"),
            List.of("Brugge", "Bruges", "Brügge", "Brujas"),
            List.of("Namur", "Namen"),
            List.of("Mons", "Bergen"),
            List.of("Tournai", "Doornik"),
            List.of("Kortrijk", "Courtrai"),
            List.of("Ieper", "Ypres", "Ypern"),
            List.of("Arlon", "Aarlen", "Arel"),
            List.of("Nivelles", "Nijvel"),
            List.of("Wavre", "Waver"),
            List.of("Tienen", "Tirlemont"),
            List.of("Tongeren", "Tongres"),
            List.of("Sint-Truiden", "Saint-Trond"),
            List.of("Aalst", "Alost"),
            List.of("Oudenaarde", "Audenarde"),
            List.of("Ronse", "Renaix"),
            List.of("Halle", "Hal"),
            List.of("Vilvoorde", "Vilvorde"),
            List.of("Oostende", "Ostende", "Ostend"),
            List.of("Veurne", "Furnes"),
            List.of("Lier", "Lierre"),
            List.of("Dendermonde", "Termonde"),
            List.of("Geraardsbergen", "Grammont"),
            List.of("Edingen", "Enghien"),
            List.of("Komen-Waasten", "Comines-Warneton"),
            List.of("Moeskroen", "Mouscron"),
            List.of("Aat", "Ath"),
            List.of("Zinnik", "Soignies"),
            List.of("Luxembourg", "Luxemburg"),
            List.of("Ixelles", "Elsene"),
            List.of("Uccle", "Ukkel"),
            List.of("Schaerbeek", "Schaarbeek"),
            List.of("Etterbeek"),
            List.of("Anderlecht"),
            List.of("Saint-Gilles", "Sint-Gillis"),
            List.of("Forest", "Vorst"),
            List.of("Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek"),
            List.of("Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe"),
            List.of("Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe"),
            List.of("Saint-Josse-ten-Noode", "Sint-Joost-ten-Node"),
            List.of("Watermael-Boitsfort", "Watermaal-Bosvoorde"),
            List.of("Auderghem", "Oudergem"),
            List.of("Evere"),
            List.of("Ganshoren"),
            List.of("Jette"),
            List.of("Koekelberg"),
            List.of("Berchem-Sainte-Agathe", "Sint-Agatha-Berchem"));

    /** By a name folded, every name of its city folded. */
    private static final Map<String, List<String>> BY_NAME = SAME_CITY.stream()
            .flatMap(names -> names.stream().map(name -> Map.entry(folded(name), names)))
            .collect(Collectors.toMap(Map.Entry::getKey,
                    e -> e.getValue().stream().map(CityNames::folded).distinct().toList(), (a, b) -> a));

    private CityNames() {
    }

    /** Whether the two name one city. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String first = folded(a);
        return first.equals(folded(b)) || namesOf(first).contains(folded(b));
    }

    /** Every name of the city, folded (lower case, no accents, words apart by one space). */
    static List<String> namesOf(String city) {
        String folded = folded(city);
        return BY_NAME.getOrDefault(folded, List.of(folded));
    }

    /** A pattern for any name of the city, hyphens and spaces alike, in folded text. */
    static Pattern anyNameOf(String city) {
        return Pattern.compile(namesOf(city).stream().filter(n -> !n.isEmpty())
                .map(n -> Stream.of(n.split(" ")).map(Pattern::quote).collect(Collectors.joining("[-\\s]+")))
                .collect(Collectors.joining("|", "\\b(?:", ")\\b")));
    }

    /** Folded, and without a postcode written with it ("1000 Bruxelles", "B-1000 Brussel"). */
    private static String folded(String name) {
        return NameSpotter.fold(name).replaceAll("(?:^|\\s)(?:[a-z]{1,2}-)?\\p{N}{4,5}(?=\\s|$)", " ")
                .replaceAll("[-\\s]+", " ").strip();
    }

    /**
     * The city an address line names at its end after a comma, with its postcode (", 1000 Bruxelles"), if
     * it does: what the line says where the city field may say otherwise.
     */
    public static Optional<String> namedAtTheEndOf(String line) {
        Matcher m = CITY_AT_THE_END.matcher(line == null ? "" : line);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private static final Pattern CITY_AT_THE_END = Pattern.compile(
            ",\\s*(?:[A-Za-z]{1,2}-)?\\p{N}{4,5}\\s+([\\p{L}\\p{M}][\\p{L}\\p{M}'\\s-]*?)\\s*(?:,[^,]*)?$");
}
