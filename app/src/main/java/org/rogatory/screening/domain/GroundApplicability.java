package org.rogatory.screening.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Instrument;

/**
 * Which of the grounds a finding points to apply to the request, by the instruments it is made under
 * ({@code legal-grounds.md}, "Applicability"): the Directive's grounds only for an EIO, the 1959
 * Convention's only between its parties, UNCAC 46(9)–(29) and UNTOC 18(9)–(29) only where no treaty binds
 * both states, the Belgian law's art. 4 only outside any convention (OTHER is one). Human-rights, refugee-law, Belgian
 * procedure and Rogatory's own grounds apply to every request. An officer reading a finding on an EIO is
 * not pointed to the UN conventions' refusal grounds, which the requesting state never invoked.
 */
final class GroundApplicability {

    /** The instruments that bind both states by treaty, which displace the UN conventions' own MLA rules. */
    private static final Set<Instrument> TREATIES = EnumSet.of(Instrument.ECMA_1959, Instrument.ECMA_1959_AP2,
            Instrument.EIO_DIRECTIVE, Instrument.BILATERAL);
    /**
     * Any international instrument, OTHER included (another convention, such as the 1988 Vienna Convention):
     * the Belgian law's art. 4 is written for requests under none.
     */
    private static final Set<Instrument> CONVENTIONS = EnumSet.of(Instrument.ECMA_1959, Instrument.ECMA_1959_AP2,
            Instrument.EIO_DIRECTIVE, Instrument.BILATERAL, Instrument.UNCAC, Instrument.UNTOC, Instrument.OTHER);
    /** The member states bound by Directive 2014/41/EU: the Union less Denmark and Ireland (recitals 44 and 45). */
    private static final Set<String> BOUND_BY_THE_DIRECTIVE = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "EE", "ES",
            "FI", "FR", "GR", "HR", "HU", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");
    private static final Pattern UN_ARTICLE = Pattern.compile("^(UNCAC-46|UNTOC-18)-(\\d+)");

    private final Set<Instrument> instruments;

    private GroundApplicability(Set<Instrument> instruments) {
        this.instruments = instruments;
    }

    /** The instruments the request is made under that can bind it: an EIO only from a state the Directive binds. */
    static GroundApplicability of(CooperationRequest request) {
        Set<Instrument> instruments = EnumSet.noneOf(Instrument.class);
        request.legalBasis().stream().map(CooperationRequest.LegalBasis::instrument)
                .filter(instrument -> instrument != null).forEach(instruments::add);
        if (!BOUND_BY_THE_DIRECTIVE.contains(request.requestingState())) {
            instruments.remove(Instrument.EIO_DIRECTIVE);
        }
        return new GroundApplicability(instruments);
    }

    /** The grounds that apply, in their order. */
    List<String> applicable(List<String> grounds) {
        return grounds.stream().filter(this::applies).toList();
    }

    private boolean applies(String ground) {
        if (ground.startsWith("EIO-")) {
            return instruments.contains(Instrument.EIO_DIRECTIVE);
        }
        if (ground.startsWith("ECMA59-")) {
            return instruments.contains(Instrument.ECMA_1959) || instruments.contains(Instrument.ECMA_1959_AP2);
        }
        if (ground.startsWith("BE-MLA-4-")) {
            return instruments.stream().noneMatch(CONVENTIONS::contains);
        }
        Matcher un = UN_ARTICLE.matcher(ground);
        if (un.find()) {
            Instrument convention = un.group(1).startsWith("UNCAC") ? Instrument.UNCAC : Instrument.UNTOC;
            int paragraph = Integer.parseInt(un.group(2));
            return instruments.contains(convention)
                    && (paragraph < 9 || paragraph > 29 || instruments.stream().noneMatch(TREATIES::contains));
        }
        return true;
    }
}
