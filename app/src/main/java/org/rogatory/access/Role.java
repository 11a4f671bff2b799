package org.rogatory.access;

/** The roles of DESIGN.md §1. */
public enum Role {
    CLERK,
    CENTRAL_AUTHORITY,
    PROSECUTOR,
    INVESTIGATING_JUDGE,
    SUPERVISOR,
    POLICE,
    PRIVILEGE_REVIEWER,
    OVERSIGHT,
    ADMIN;

    /** Oversight and administration never see case content (DESIGN.md §1). */
    public boolean seesCaseContent() {
        return this != OVERSIGHT && this != ADMIN;
    }
}
