package org.rogatory.screening.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a register entry says about a person (DESIGN.md §10, register {@code categories}). Protection
 * categories make the person's persecuting states matter; the professions carry a secrecy the
 * law protects.
 */
public enum RegisterCategory {
    REFUGEE, SUBSIDIARY_PROTECTION, ASYLUM_APPLICANT, LAWYER, JOURNALIST, DOCTOR, HUMAN_RIGHTS_DEFENDER;

    public boolean isProtection() {
        return this == REFUGEE || this == SUBSIDIARY_PROTECTION || this == ASYLUM_APPLICANT;
    }

    public boolean bindsToProfessionalSecrecy() {
        return this == LAWYER || this == JOURNALIST || this == DOCTOR;
    }

    public static Optional<RegisterCategory> parse(String category) {
        if (category == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(category.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The categories of a register row that screening knows; the register reader rejects unknown ones. */
    public static Set<RegisterCategory> of(List<String> categories) {
        Set<RegisterCategory> known = EnumSet.noneOf(RegisterCategory.class);
        categories.forEach(c -> parse(c).ifPresent(known::add));
        return known;
    }
}
