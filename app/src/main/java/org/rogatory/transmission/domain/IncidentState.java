package org.rogatory.transmission.domain;

/** An incident of the execution as the transmission sees it: open until the judge rules on it. */
public record IncidentState(String id, String detail, boolean open) {
}
