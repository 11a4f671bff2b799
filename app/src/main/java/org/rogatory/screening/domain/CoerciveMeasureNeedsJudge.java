package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.MeasureType;

/**
 * INVESTIGATING_JUDGE_REQUIRED: a coercive measure is requested, by its type or, sent as OTHER, by what
 * its details say it is (a wiretap, tracking, a DNA sample taken by force): the type a foreign authority
 * picks does not decide whether a judge must authorise it.
 */
final class CoerciveMeasureNeedsJudge implements ScreeningRule {

    /** Coercive acts named in a measure's details (folded), in the languages requests arrive in. */
    private static final Pattern COERCIVE_DETAILS = Pattern.compile("(?<!\\p{L})(?:intercept|wiretap|phone tap"
            + "|telephone tap|ecoute|ecoutes telephoniques|telefonuberwachung|telekommunikationsuberwachung"
            + "|tap(?:ping)? (?:of|the)|afluister|tapmaatregel|прослушиван|перехват|gps (?:track|beacon|device)|tracking device|geolocali"
            + "|balise|peilsender|covert (?:surveillance|observation)|surveillance secrete|observation secrete"
            + "|dna (?:sample|swab)|prelevement (?:adn|biologique)|dna-probe|wangenabstrich|body search|fouille"
            + "|house search|durchsuchung|perquisition|huiszoeking|обыск|freez|gel des avoirs|saisie|beschlagnahm"
            + "|inbeslagname|изъят|арест (?:имущества|счет))");

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        List<Measure> measures = context.request().measures();
        List<String> coercive = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            Measure measure = measures.get(i);
            if (measure.isCoercive() || measure.type() == MeasureType.OTHER && measure.details() != null
                    && COERCIVE_DETAILS.matcher(NameSpotter.fold(measure.details())).find()) {
                coercive.add("/measures/" + i + " (" + measures.get(i).type() + ")");
            }
        }
        if (coercive.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(FindingCode.INVESTIGATING_JUDGE_REQUIRED, null, "measures",
                Evidence.fromRequest(String.join(", ", coercive), "Coercive: " + String.join(", ", coercive)
                        + ". They can only be executed with an investigating judge's authorisation.")));
    }
}
