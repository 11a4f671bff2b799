package org.rogatory.screening.domain;

import java.util.List;

/** The list of screening rules, in the order their findings are reported. */
public final class ScreeningRules {

    private ScreeningRules() {
    }

    /** Rules that need nothing but the request itself. */
    public static List<ScreeningRule> fromRequestAlone() {
        return List.of(
                new DeathPenaltyWithoutAssurance(),
                new UnidentifiedForeignOfficials(),
                new CoerciveMeasureNeedsJudge(),
                new LawyerPremisesNeedBarPresident(),
                new ForeignOfficialsNeedAuthorisation(),
                new ThinRequest());
    }
}
