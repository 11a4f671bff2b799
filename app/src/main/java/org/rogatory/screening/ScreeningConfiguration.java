package org.rogatory.screening;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rogatory.screening.domain.CountryProfile.FreedomStatus;
import org.rogatory.screening.domain.ScreeningConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The jurisdiction's screening settings ({@code rogatory.screening.*}), defaulting to those of
 * {@link ScreeningConfig#defaults()} (see docs/screening.md).
 */
@Configuration
class ScreeningConfiguration {

    @Bean
    ScreeningConfig screeningConfig(
            @Value("${rogatory.screening.forum-state:" + ScreeningConfig.DEFAULT_FORUM_STATE + "}") String forumState,
            @Value("${rogatory.screening.high-risk-statuses:NF}") Set<FreedomStatus> highRiskStatuses,
            @Value("${rogatory.screening.freedom-score-below:" + ScreeningConfig.DEFAULT_FREEDOM_SCORE_BELOW + "}")
            int freedomScoreBelow,
            @Value("${rogatory.screening.corruption-index-below:" + ScreeningConfig.DEFAULT_CORRUPTION_INDEX_BELOW + "}")
            int corruptionIndexBelow,
            @Value("${rogatory.screening.review-threshold:" + ScreeningConfig.DEFAULT_REVIEW_THRESHOLD + "}")
            double reviewThreshold) {
        return new ScreeningConfig(forumState, highRiskStatuses.isEmpty()
                ? EnumSet.noneOf(FreedomStatus.class) : EnumSet.copyOf(highRiskStatuses), freedomScoreBelow,
                corruptionIndexBelow, reviewThreshold, List.of());
    }
}
