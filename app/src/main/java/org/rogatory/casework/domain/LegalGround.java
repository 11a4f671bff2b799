package org.rogatory.casework.domain;

/**
 * One row of the legal-ground catalogue ({@code legal-grounds.md}): a code that decisions cite and
 * findings point to. Codes are never renamed or reused; withdrawn ones are deprecated.
 */
public record LegalGround(
        String code,
        Kind kind,
        String title,
        String summary,
        String citation,
        String verified,
        String instrument,
        boolean deprecated) {

    public enum Kind {
        MANDATORY_REFUSAL, OPTIONAL_REFUSAL, CONDITION, PROCEDURAL_SAFEGUARD, CONSULTATION, GUIDANCE
    }
}
