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
    /** Recompute the audit chain, take signed checkpoints of its head and check them against it. */
    VERIFY_AUDIT,
    /** Draft and confirm the execution plan, have the bar-president notices sent. */
    PLAN_EXECUTION,
    /** Record the bar's answer to a notice, as mail received. */
    RECORD_BAR_ANSWER,
    /** File the execution report, add result items and their contents, submit the results. */
    REPORT_EXECUTION,
    /** Rule on an incident of the execution or on an objection. */
    RULE,
    /** Read the content of a result item (original or redacted): only those who work on it. */
    READ_RESULT_CONTENT,
    /** Clear, redact or withhold a result item. */
    REVIEW_RESULTS,
    /** Record an objection, and when the affected person was notified. */
    RECORD_OBJECTION,
    /** Transmit the cleared results to the requesting state. */
    TRANSMIT,
    /** Hand an open case to another user when those who held it are away; see which cases disabled accounts hold. */
    ASSIGN_CASE,
    /** Close the file once the results are transmitted. */
    CLOSE_FILE,
    /** Replace a kind of screening reference data (register, countries, decisions) with a file. */
    IMPORT_REFERENCE_DATA,
    /** List the users, create them, reset their passwords, disable and enable them. */
    MANAGE_USERS,
    /** Read the aggregate figures of the chain of filters, never a case. */
    READ_OVERSIGHT_FIGURES
}
