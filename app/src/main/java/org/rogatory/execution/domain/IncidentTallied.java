package org.rogatory.execution.domain;

/**
 * An incident as oversight's figures count it, with nothing that identifies the request, the
 * people or what happened: the requesting state, the kind, and whether the judge has ruled.
 */
public record IncidentTallied(String requestingState, Incident.Kind kind, boolean ruled) {
}
