package org.rogatory.screening;

/**
 * Published when an import replaced reference data (register, country profiles or decisions): the
 * open requests must be screened again. Listeners act after the import committed.
 */
public record ReferenceDataChanged(ReferenceImports.Kind kind, String sha256) {
}
