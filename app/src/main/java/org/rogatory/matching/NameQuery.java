package org.rogatory.matching;

/**
 * A name to look up, with what else is known of the person. Birth date and nationality raise or
 * lower a score; they never create a candidate alone.
 *
 * @param birthDate   {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null
 * @param nationality ISO 3166-1 alpha-2, or null
 */
public record NameQuery(String name, String birthDate, String nationality) {

    public static NameQuery of(String name) {
        return new NameQuery(name, null, null);
    }
}
