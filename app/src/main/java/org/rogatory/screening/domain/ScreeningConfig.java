package org.rogatory.screening.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rogatory.matching.MatcherSettings;
import org.rogatory.screening.domain.CountryProfile.FreedomStatus;

/**
 * What a jurisdiction configures about screening. The defaults are documented in
 * {@code docs/screening.md}.
 *
 * @param forumState           the state whose central authority this is (ISO 3166-1 alpha-2)
 * @param highRiskStatuses     Freedom House statuses that make a requesting state high-risk on their own
 * @param freedomScoreBelow    a Freedom House total score below this makes a state high-risk
 * @param corruptionIndexBelow a CPI score below this makes a state high-risk
 * @param reviewThreshold      name-match score from which a candidate becomes a finding
 * @param stateOwnedEntities   organisations known to be owned or controlled by a state, beyond what
 *                             a request declares in {@code stateLinkedTo}
 */
public record ScreeningConfig(
        String forumState,
        Set<FreedomStatus> highRiskStatuses,
        int freedomScoreBelow,
        int corruptionIndexBelow,
        double reviewThreshold,
        List<StateOwnedEntity> stateOwnedEntities) {

    public static final String DEFAULT_FORUM_STATE = "BE";
    public static final int DEFAULT_FREEDOM_SCORE_BELOW = 40;
    public static final int DEFAULT_CORRUPTION_INDEX_BELOW = 40;
    public static final double DEFAULT_REVIEW_THRESHOLD = MatcherSettings.DEFAULT_REVIEW_THRESHOLD;

    public ScreeningConfig {
        Objects.requireNonNull(forumState, "forumState");
        highRiskStatuses = highRiskStatuses.isEmpty()
                ? EnumSet.noneOf(FreedomStatus.class) : EnumSet.copyOf(highRiskStatuses);
        stateOwnedEntities = stateOwnedEntities == null ? List.of() : List.copyOf(stateOwnedEntities);
    }

    /**
     * Belgium as forum; a state is high-risk when Freedom House rates it Not Free, or its Freedom
     * House score is below 40, or its CPI is below 40; name candidates are reviewed from the matcher's
     * default review threshold on.
     */
    public static ScreeningConfig defaults() {
        return new ScreeningConfig(DEFAULT_FORUM_STATE, EnumSet.of(FreedomStatus.NF), DEFAULT_FREEDOM_SCORE_BELOW,
                DEFAULT_CORRUPTION_INDEX_BELOW, DEFAULT_REVIEW_THRESHOLD, List.of());
    }

    public ScreeningConfig withReviewThreshold(double threshold) {
        return new ScreeningConfig(forumState, highRiskStatuses, freedomScoreBelow, corruptionIndexBelow, threshold,
                stateOwnedEntities);
    }

    public ScreeningConfig withStateOwnedEntities(List<StateOwnedEntity> entities) {
        return new ScreeningConfig(forumState, highRiskStatuses, freedomScoreBelow, corruptionIndexBelow,
                reviewThreshold, entities);
    }

    /** An organisation owned or controlled by {@code state}, known by {@code name}. */
    public record StateOwnedEntity(String state, String name) {
    }
}
