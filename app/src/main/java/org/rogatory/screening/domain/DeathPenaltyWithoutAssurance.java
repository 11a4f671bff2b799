package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rogatory.intake.domain.CooperationRequest.Offence;

/**
 * DEATH_PENALTY_RISK: an offence may carry the death penalty in the requesting state and no
 * assurance is recorded. The request's {@code deathPenaltyPossible} says the offence can carry it;
 * the country profile says whether the state can still pronounce it. A state that has abolished it
 * for all crimes cannot; one that keeps it, or only stopped executing, can; an unknown profile does
 * not silence what the request itself says. Nor does an absent or false flag silence an offence whose
 * description or legal qualification names the death penalty ("puni de la peine de mort", "يعاقب
 * بالإعدام"): the requesting state's own law says what it can pronounce.
 */
final class DeathPenaltyWithoutAssurance implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CountryProfile profile = context.requestingState();
        CountryProfile.DeathPenaltyStatus status = profile.deathPenalty();
        if (status != null && !status.canStillBePronounced()) {
            return List.of();
        }
        String inState = status == null
                ? " The country profiles do not say whether " + profile.label() + " retains the death penalty."
                : " " + profile.label() + ": death penalty " + status + ".";
        List<Finding> findings = new ArrayList<>();
        List<Offence> offences = context.request().offences();
        for (int i = 0; i < offences.size(); i++) {
            Offence offence = offences.get(i);
            if (offence.deathPenaltyAssured()) {
                continue;
            }
            if (offence.deathPenaltyStatedPossible()) {
                findings.add(Finding.of(FindingCode.DEATH_PENALTY_RISK, null, "offences/" + i,
                        Evidence.fromRequest("/offences/" + i + "/deathPenaltyPossible",
                                "The request says \"" + offence.description()
                                        + "\" may carry the death penalty and records no assurance." + inState)));
                continue;
            }
            String naming = namingTheDeathPenalty(offence);
            if (naming != null) {
                findings.add(Finding.of(FindingCode.DEATH_PENALTY_RISK, null, "offences/" + i,
                        Evidence.fromRequest("/offences/" + i + "/" + naming, "The offence's " + naming
                                + " names the death penalty, whatever deathPenaltyPossible says, and the request "
                                + "records no assurance." + inState)));
            }
        }
        return findings;
    }

    /**
     * The death penalty named in the languages requests arrive in (folded: no accents, lower case); a
     * penalty the text rules out ("not punishable by death", "sans peine de mort") is not named.
     */
    private static final Pattern DEATH_PENALTY = Pattern.compile("death penalty|punishable by death|capital "
            + "(?:punishment|offen[cs]e)|death sentence|peine de mort|peine capitale|puni(?:e|s)? de mort|todesstrafe"
            + "|doodstraf|pena de muerte|pena capital|pena di morte|pena de morte|olum cezas|idam cezas|смертн\\S* казн"
            + "|исключительн\\S* мер\\S* наказан|اعدام|الاعدام|بالاعدام|死刑");
    private static final Pattern RULED_OUT = Pattern.compile("(?:\\bnot?\\b|\\bwithout\\b|\\bexclud|\\bsans\\b|\\bpas\\b"
            + "|\\bkeine?\\b|\\bohne\\b|\\bgeen\\b|\\bzonder\\b|\\bне\\b|\\bбез\\b|لا |بدون)[^.;]{0,30}$");

    /** The field of the offence that names the death penalty, or null. */
    private static String namingTheDeathPenalty(Offence offence) {
        return saysDeathPenalty(offence.legalQualification()) ? "legalQualification"
                : saysDeathPenalty(offence.description()) ? "description" : null;
    }

    static boolean saysDeathPenalty(String text) {
        if (text == null) {
            return false;
        }
        String folded = NameSpotter.fold(text).replace('إ', 'ا').replace('أ', 'ا');
        Matcher named = DEATH_PENALTY.matcher(folded);
        while (named.find()) {
            if (!RULED_OUT.matcher(folded.substring(Math.max(0, named.start() - 40), named.start())).find()) {
                return true;
            }
        }
        return false;
    }
}
