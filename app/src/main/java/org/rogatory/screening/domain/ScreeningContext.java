package org.rogatory.screening.domain;

import org.rogatory.intake.domain.CooperationRequest;

/**
 * Everything a screening rule may look at. Screening is a pure function of this value.
 */
public record ScreeningContext(CooperationRequest request) {
}
