package org.rogatory.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Instrument;
import org.rogatory.intake.domain.CooperationRequest.LegalBasis;

class GroundApplicabilityTest {

    private static final List<String> REFUGEE = FindingCode.REFUGEE_FROM_REQUESTING_STATE.grounds();

    @Test
    void anEioPointsToTheDirectiveNotToTheConventionsItDisplaces() {
        assertThat(applicable(REFUGEE, Instrument.EIO_DIRECTIVE)).containsExactly("CSR51-33-1", "UNHCR-GN-EXTR-2008",
                "ECHR-3", "ECHR-18", "EIO-11-1-F", "INTERPOL-REFUGEE-POLICY", "PACE-RES-2509");
    }

    @Test
    void theUnConventionsOwnMlaRulesApplyOnlyWhereNoTreatyBindsBothStates() {
        assertThat(applicable(REFUGEE, Instrument.UNCAC)).contains("UNCAC-46-21-B")
                .doesNotContain("UNTOC-18-21-B", "ECMA59-2-B", "EIO-11-1-F", "BE-MLA-4-2-DISCRIMINATION");
        assertThat(applicable(REFUGEE, Instrument.UNCAC, Instrument.BILATERAL)).doesNotContain("UNCAC-46-21-B");
        assertThat(applicable(FindingCode.NO_EXTRADITION_TREATY.grounds(), Instrument.UNCAC, Instrument.BILATERAL))
                .as("art. 46(7) says when (9) to (29) apply: it applies itself").contains("UNCAC-46-7");
        assertThat(applicable(FindingCode.INVESTIGATING_JUDGE_REQUIRED.grounds(), Instrument.UNTOC))
                .containsExactly("BE-CIC-JUDGE");
    }

    @Test
    void theBelgianLawsArticleFourIsForRequestsUnderNoConvention() {
        assertThat(applicable(FindingCode.DEATH_PENALTY_RISK.grounds(), Instrument.RECIPROCITY))
                .containsExactly("BE-MLA-4-2-DEATH-PENALTY", "ECHR-P13-1");
        assertThat(applicable(FindingCode.DEATH_PENALTY_RISK.grounds(), Instrument.ECMA_1959))
                .containsExactly("ECHR-P13-1", "ECMA59-2-B", "ECMA59-AP2-7-2");
    }

    @Test
    void anotherConventionMakesNoneOfTheNamedInstrumentsApplicable() {
        assertThat(applicable(REFUGEE, Instrument.UNTOC, Instrument.OTHER)).contains("UNTOC-18-21-B")
                .doesNotContain("UNCAC-46-21-B", "ECMA59-2-B", "EIO-11-1-F", "BE-MLA-4-2-DISCRIMINATION");
    }

    @Test
    void anEioFromAStateTheDirectiveDoesNotBindIsNone() {
        List<String> fromKazakhstan = GroundApplicability.of(request("KZ", Instrument.EIO_DIRECTIVE, Instrument.UNCAC))
                .applicable(REFUGEE);
        assertThat(fromKazakhstan).doesNotContain("EIO-11-1-F").as("no treaty binds both states")
                .contains("UNCAC-46-21-B");
        assertThat(GroundApplicability.of(request("IE", Instrument.EIO_DIRECTIVE)).applicable(REFUGEE))
                .doesNotContain("EIO-11-1-F");
    }

    private static List<String> applicable(List<String> grounds, Instrument... instruments) {
        return GroundApplicability.of(request(instruments)).applicable(grounds);
    }

    private static CooperationRequest request(Instrument... instruments) {
        return request(Arrays.asList(instruments).contains(Instrument.EIO_DIRECTIVE) ? "NL" : "KZ", instruments);
    }

    private static CooperationRequest request(String state, Instrument... instruments) {
        return new CooperationRequest("X-1", null, null, state, null,
                Arrays.stream(instruments).map(i -> new LegalBasis(i, null, null)).toList(), List.of(), null, List.of(),
                List.of(), List.of(), List.of(), null, false, false, List.of());
    }
}
