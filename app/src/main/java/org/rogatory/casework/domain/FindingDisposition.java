package org.rogatory.casework.domain;

/** A decision's answer to one finding, by the finding's stable id. */
public record FindingDisposition(String findingId, Disposition disposition, String reasons) {
}
