package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;
import org.rogatory.intake.domain.CooperationRequest;

/**
 * INCOMPLETE_REQUEST: content the instruments require (ECMA art. 14, UNCAC 46(15)) is missing or
 * too thin to decide on: a legal basis that names no article or title, an offence described in a
 * word or two, or facts of a sentence or two.
 */
final class ThinRequest implements ScreeningRule {

    static final int MIN_FACT_WORDS = 40;
    static final int MIN_OFFENCE_WORDS = 3;

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CooperationRequest request = context.request();
        List<String> gaps = new ArrayList<>();
        boolean basisNamed = request.legalBasis().stream()
                .anyMatch(b -> notBlank(b.article()) || notBlank(b.title()));
        if (!basisNamed) {
            gaps.add("/legalBasis: no article or title");
        }
        for (int i = 0; i < request.offences().size(); i++) {
            if (words(request.offences().get(i).description()) < MIN_OFFENCE_WORDS) {
                gaps.add("/offences/" + i + "/description: fewer than " + MIN_OFFENCE_WORDS + " words");
            }
        }
        if (words(request.facts()) < MIN_FACT_WORDS) {
            gaps.add("/facts: fewer than " + MIN_FACT_WORDS + " words");
        }
        if (gaps.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(FindingCode.INCOMPLETE_REQUEST, null, "request",
                Evidence.fromRequest(String.join("; ", gaps), "Missing or too thin: " + String.join("; ", gaps)
                        + ". Ask the requesting state for it before deciding.")));
    }

    private static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
