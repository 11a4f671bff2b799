package org.rogatory.access;

/** What a user can ask the system to do; {@link Rights} says which role may ask for which. */
public enum Operation {
    REGISTER_REQUEST,
    RECORD_NEW_INFORMATION,
    READ_CASE,
    LIST_QUEUE,
    DECIDE,
    APPROVE_DECISION,
    READ_LEGAL_GROUNDS,
    /** Recompute the audit chain, take signed checkpoints of its head and check them against it. */
    VERIFY_AUDIT,
    /** List the users, create them, reset their passwords, disable and enable them. */
    MANAGE_USERS,
    /** Read the aggregate figures of the chain of filters, never a case. */
    READ_OVERSIGHT_FIGURES
}
