package org.rogatory.access;

/** What a user can ask the system to do; {@link Rights} says which role may ask for which. */
public enum Operation {
    REGISTER_REQUEST,
    RECORD_NEW_INFORMATION,
    READ_CASE,
    /** The audit trail of one case: who read and did what to it. */
    READ_CASE_AUDIT,
    LIST_QUEUE,
    DECIDE,
    APPROVE_DECISION,
    READ_LEGAL_GROUNDS,
    VERIFY_AUDIT,
    IMPORT_REFERENCE_DATA
}
