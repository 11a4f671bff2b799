package org.rogatory.execution.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rogatory.casework.domain.ProposalDefect;

/**
 * What happened at the execution, as the police report it: who was present (with role; for a
 * foreign official, the identity document checked and what they did), what was seized (one item
 * per document or data carrier, with the place it was found), the hearings held (with their
 * record) and anything else that went wrong.
 */
public record ExecutionReport(
        LocalDateTime executedAt,
        List<PresentPerson> present,
        List<SeizedItem> seized,
        List<Hearing> hearings,
        List<String> incidents) {

    public ExecutionReport {
        present = orEmpty(present);
        seized = orEmpty(seized);
        hearings = orEmpty(hearings);
        incidents = orEmpty(incidents);
    }

    /** The most characters a heard person's name may have, room left in the label of the hearing's record. */
    static final int HEARD_PERSON_LENGTH = ProposalDefect.SHORT_TEXT - 40;

    /** Every field that is missing or wrong, by JSON pointer. */
    public List<ProposalDefect> defects(Instant now, java.time.ZoneId zone) {
        List<ProposalDefect> defects = new ArrayList<>();
        if (executedAt == null) {
            defects.add(new ProposalDefect("/executedAt", "is required"));
        } else if (executedAt.isAfter(LocalDateTime.ofInstant(now, zone))) {
            defects.add(new ProposalDefect("/executedAt", "is in the future: report what happened"));
        }
        if (present.isEmpty()) {
            defects.add(new ProposalDefect("/present", "a report names everyone present"));
        }
        for (int i = 0; i < present.size(); i++) {
            PresentPerson person = present.get(i);
            String at = "/present/" + i;
            if (person == null) {
                defects.add(new ProposalDefect(at, "is required"));
                continue;
            }
            if (Names.blank(person.name())) {
                defects.add(new ProposalDefect(at + "/name", "is required"));
            }
            if (person.role() == null) {
                defects.add(new ProposalDefect(at + "/role", "is required"));
            } else if (person.role() == PresentRole.FOREIGN_OFFICIAL) {
                if (Names.blank(person.identityDocument())) {
                    defects.add(new ProposalDefect(at + "/identityDocument",
                            "a foreign official's identity document is reported"));
                }
                if (person.conduct().isEmpty()) {
                    defects.add(new ProposalDefect(at + "/conduct", "report what the foreign official did"));
                }
            }
            for (int c = 0; c < person.conduct().size(); c++) {
                if (person.conduct().get(c) == null) {
                    defects.add(new ProposalDefect(at + "/conduct/" + c, "is required"));
                }
            }
        }
        for (int i = 0; i < seized.size(); i++) {
            SeizedItem item = seized.get(i);
            String at = "/seized/" + i;
            if (item == null) {
                defects.add(new ProposalDefect(at, "is required"));
                continue;
            }
            if (item.kind() == null) {
                defects.add(new ProposalDefect(at + "/kind", "is required"));
            }
            ProposalDefect.ofRequiredText(at + "/label", item.label(), ProposalDefect.SHORT_TEXT, "is required")
                    .ifPresent(defects::add);
            ProposalDefect.ofRequiredText(at + "/placeFound", item.placeFound(), ProposalDefect.SHORT_TEXT, "is required")
                    .ifPresent(defects::add);
            if (Names.blank(item.description())) {
                defects.add(new ProposalDefect(at + "/description", "is required"));
            }
        }
        for (int i = 0; i < hearings.size(); i++) {
            Hearing hearing = hearings.get(i);
            String at = "/hearings/" + i;
            if (hearing == null) {
                defects.add(new ProposalDefect(at, "is required"));
                continue;
            }
            // the hearing's record is an item labelled "Hearing of <person> on <date>"
            ProposalDefect.ofRequiredText(at + "/person", hearing.person(), HEARD_PERSON_LENGTH, "is required")
                    .ifPresent(defects::add);
            if (hearing.heldOn() == null) {
                defects.add(new ProposalDefect(at + "/heldOn", "is required"));
            }
            if (Names.blank(hearing.record())) {
                defects.add(new ProposalDefect(at + "/record", "the record of the hearing is attached"));
            }
        }
        for (int i = 0; i < incidents.size(); i++) {
            if (Names.blank(incidents.get(i))) {
                defects.add(new ProposalDefect("/incidents/" + i, "describe the incident"));
            }
        }
        return defects;
    }

    /**
     * Someone present at the execution.
     *
     * @param identityChecked whether the officers checked the identity document (foreign officials)
     * @param conduct         what they did; for a foreign official anything but observing is an incident
     */
    public record PresentPerson(String name, PresentRole role, String function, String identityDocument,
            boolean identityChecked, List<Conduct> conduct) {

        public PresentPerson {
            conduct = orEmpty(conduct);
        }
    }

    public enum PresentRole {
        OFFICER,
        FOREIGN_OFFICIAL,
        OCCUPANT,
        COUNSEL,
        BAR_DELEGATE,
        INTERPRETER,
        OTHER
    }

    /** What someone present did. A foreign official may only have {@link #OBSERVED}. */
    public enum Conduct {
        OBSERVED,
        READ_DOCUMENTS,
        HANDLED_MATERIAL,
        PHOTOGRAPHED,
        COPIED_DATA,
        QUESTIONED,
        SEARCHED,
        OTHER
    }

    /** One document or one data carrier taken, where it was found. */
    public record SeizedItem(SeizedKind kind, String label, String placeFound, String description) {
    }

    public enum SeizedKind {
        DOCUMENT,
        DATA_CARRIER
    }

    /** A hearing held during the execution, with its record (the text of the minutes). */
    public record Hearing(String person, LocalDate heldOn, String record) {
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
