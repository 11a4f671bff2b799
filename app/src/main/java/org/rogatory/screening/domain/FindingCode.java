package org.rogatory.screening.domain;

import static org.rogatory.screening.domain.Severity.BLOCKING;
import static org.rogatory.screening.domain.Severity.NOTICE;
import static org.rogatory.screening.domain.Severity.OBLIGATION;
import static org.rogatory.screening.domain.Severity.WARNING;

import java.util.List;

/**
 * The finding codes of DESIGN.md §4, a contract read by tools outside the system, with the severity
 * fixed there and the legal grounds each points to ({@code legal-grounds.md}, "Finding codes → grounds").
 */
public enum FindingCode {
    REFUGEE_FROM_REQUESTING_STATE(BLOCKING, "CSR51-33-1", "UNHCR-GN-EXTR-2008", "BE-MLA-4-2-DISCRIMINATION",
            "ECHR-3", "ECHR-18", "ECMA59-2-B", "UNCAC-46-21-B", "UNTOC-18-21-B", "EIO-11-1-F",
            "INTERPOL-REFUGEE-POLICY", "PACE-RES-2509"),
    DEATH_PENALTY_RISK(BLOCKING, "BE-MLA-4-2-DEATH-PENALTY", "ECHR-P13-1", "ECMA59-2-B", "UNCAC-46-21-B",
            "UNCAC-46-26", "ECMA59-AP2-7-2"),
    PROTECTED_PERSON(WARNING, "CSR51-33-1", "UNHCR-GN-EXTR-2008", "ECHR-8", "ROG-THIRD-PARTY-DATA"),
    PROFESSIONAL_SECRECY(WARNING, "BE-CP-458", "ECHR-8-LAWYER", "ECHR-10-SOURCES", "EIO-11-1-A",
            "ROG-PRIVILEGE-REVIEW"),
    HUMAN_RIGHTS_DEFENDER(WARNING, "ECHR-18", "BE-MLA-4-2-DISCRIMINATION", "ECMA59-2-A", "PACE-RES-2509"),
    ASSOCIATE_OF_PROTECTED_PERSON(WARNING, "ROG-THIRD-PARTY-DATA", "ECHR-8", "ECHR-18", "PACE-RES-2509"),
    PRIOR_ADVERSE_DECISION(WARNING, "UNHCR-GN-EXTR-2008", "INTERPOL-CONST-3", "INTERPOL-REFUGEE-POLICY", "ECHR-6",
            "ECHR-18", "PACE-RES-2161", "PACE-RES-2315"),
    HIGH_RISK_STATE(WARNING, "ECHR-3", "ECHR-6", "ECMA59-2-B", "UNCAC-46-21-B", "PACE-RES-2315"),
    POLITICAL_OFFENCE_INDICATORS(WARNING, "ECMA59-2-A", "BE-MLA-4-2-POLITICAL", "BE-MLA-4-2-DISCRIMINATION",
            "ECHR-18", "INTERPOL-CONST-3"),
    STATE_LINKED_COMPLAINANT(WARNING, "ECHR-18", "ROG-CIRCUMVENTION", "ECMA59-2-B", "PACE-RES-2509"),
    NO_EXTRADITION_TREATY(WARNING, "ROG-CIRCUMVENTION", "PACE-RES-2509", "PACE-RES-2315", "UNCAC-46-7",
            "BE-MLA-4-1"),
    RELATED_CASE(WARNING, "UNCAC-46-25", "UNTOC-18-25", "ECMA59-AP2-7-1", "ECMA59-6-1", "EIO-11-1-D"),
    PRIOR_REFUSAL(WARNING, "ECMA59-19", "UNCAC-46-23"),
    INVESTIGATING_JUDGE_REQUIRED(OBLIGATION, "BE-CIC-JUDGE", "ECMA59-3-1", "ECMA59-5-1-C", "UNCAC-46-17",
            "UNCAC-46-9-B"),
    BAR_PRESIDENT_NOTIFICATION(OBLIGATION, "BE-USAGE-BATONNIER", "ECHR-8-LAWYER", "BE-CP-458"),
    FOREIGN_OFFICIALS_AUTHORISATION(OBLIGATION, "ROG-FOREIGN-OFFICIALS-NAMED", "ECMA59-4", "ECMA59-AP2-2",
            "EIO-9-4", "EIO-9-5"),
    FOREIGN_OFFICIALS_UNIDENTIFIED(BLOCKING, "ROG-FOREIGN-OFFICIALS-NAMED", "ECMA59-4", "EIO-9-5", "ECHR-8"),
    PRIVILEGE_REVIEW(OBLIGATION, "ROG-PRIVILEGE-REVIEW", "BE-CP-458", "ECHR-8-LAWYER", "ECHR-10-SOURCES",
            "ROG-THIRD-PARTY-DATA"),
    INCOMPLETE_REQUEST(NOTICE, "ECMA59-14", "UNCAC-46-15", "UNCAC-46-16", "UNCAC-46-21-A", "UNTOC-18-21-A");

    private final Severity severity;
    private final List<String> grounds;

    FindingCode(Severity severity, String... grounds) {
        this.severity = severity;
        this.grounds = List.of(grounds);
    }

    public Severity severity() {
        return severity;
    }

    public List<String> grounds() {
        return grounds;
    }
}
