package org.rogatory.screening.domain;

/**
 * A name in a text that the matcher found in the register of protected persons.
 *
 * @param mention     the name as the text writes it
 * @param matchedName the register's name it met
 */
public record NameInText(String mention, String registerId, String matchedName, double score) {
}
