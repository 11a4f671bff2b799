package org.rogatory.screening.domain;

import java.util.List;

/** The lists of screening rules, in the order their findings are reported. */
public final class ScreeningRules {

    private ScreeningRules() {
    }

    /** Every rule: one per finding code of DESIGN.md §4. */
    public static List<ScreeningRule> all() {
        return List.of(
                new RefugeeFromRequestingState(),
                new DeathPenaltyWithoutAssurance(),
                new UnidentifiedForeignOfficials(),
                new ProtectedPersonFromAnotherState(),
                new ProfessionBoundToSecrecy(),
                new HumanRightsDefender(),
                new AssociateOfProtectedPerson(),
                new PriorAdverseDecision(),
                new HighRiskRequestingState(),
                new PoliticalOffenceIndicators(),
                new StateLinkedComplainant(),
                new NoExtraditionTreaty(),
                new RelatedCase(),
                new PriorRefusal(),
                new CoerciveMeasureNeedsJudge(),
                new LawyerPremisesNeedBarPresident(),
                new ForeignOfficialsNeedAuthorisation(),
                new PrivilegedMaterialNeedsReview(),
                new ThinRequest());
    }

    /**
     * The rules that can decide on the request alone, when no reference data is at hand (they use it
     * when it is): what the request itself says about death penalty, foreign officials, coercion,
     * professions and premises, charges, complainants and completeness.
     */
    public static List<ScreeningRule> fromRequestAlone() {
        return List.of(
                new DeathPenaltyWithoutAssurance(),
                new UnidentifiedForeignOfficials(),
                new ProfessionBoundToSecrecy(),
                new HumanRightsDefender(),
                new PoliticalOffenceIndicators(),
                new StateLinkedComplainant(),
                new CoerciveMeasureNeedsJudge(),
                new LawyerPremisesNeedBarPresident(),
                new ForeignOfficialsNeedAuthorisation(),
                new PrivilegedMaterialNeedsReview(),
                new ThinRequest());
    }
}
