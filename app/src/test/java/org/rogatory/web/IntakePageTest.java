package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rogatory.intake.RequestValidator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class IntakePageTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    final IntakePage page = new IntakePage(null, null, JSON);

    @Test
    void aProblemAboutAFieldGoesToThatField() {
        assertThat(IntakePage.fieldFor("/requestingState")).isEqualTo("requestingState");
        assertThat(IntakePage.fieldFor("/persons/0/names/0/full")).isEqualTo("personFullName");
        assertThat(IntakePage.fieldFor("/offences/0/maxPenaltyYears")).isEqualTo("maxPenaltyYears");
    }

    @Test
    void aProblemAboutAWholePartGoesToItsFirstField() {
        assertThat(IntakePage.fieldFor("/legalBasis")).isEqualTo("legalInstrument");
        assertThat(IntakePage.fieldFor("/persons/0")).isEqualTo("personRole");
    }

    @Test
    void aProblemTheFormCannotShowIsNamedApart() {
        assertThat(IntakePage.fieldFor("")).isNull();
        assertThat(IntakePage.fieldFor("/organisations/0/name")).isNull();
    }

    @Test
    void aFilledInFormIsARequestTheValidatorAccepts() {
        Map<String, String> values = new HashMap<>(Map.ofEntries(
                Map.entry("foreignReference", "KZ-1"), Map.entry("receivedOn", "2024-09-02"),
                Map.entry("channel", "DIPLOMATIC"), Map.entry("requestingState", "KZ"),
                Map.entry("authorityName", "Agency"), Map.entry("authorityKind", "INVESTIGATOR"),
                Map.entry("legalInstrument", "UNCAC"), Map.entry("offenceDescription", "Embezzlement"),
                Map.entry("offenceCategory", "EMBEZZLEMENT"), Map.entry("maxPenaltyYears", "12"),
                Map.entry("facts", "Facts."), Map.entry("personRole", "SUSPECT"),
                Map.entry("personFullName", "Жардемали Ботагоз"), Map.entry("personScript", "Cyrl"),
                Map.entry("measureType", "SEARCH"), Map.entry("measurePremises", "HOME"),
                Map.entry("officialRole", "ASSIST"), Map.entry("urgent", "true"), Map.entry("personCity", " ")));
        ObjectNode request = page.request(values);

        assertThat(request.at("/persons/0/ref").asString()).isEqualTo("p1");
        assertThat(request.at("/persons/0/names/0/full").asString()).isEqualTo("Жардемали Ботагоз");
        assertThat(request.at("/measures/0/personRef").asString()).isEqualTo("p1");
        assertThat(request.at("/offences/0/maxPenaltyYears").isInt()).isTrue();
        assertThat(request.at("/foreignOfficials/0/requestedRole").asString()).isEqualTo("ASSIST");
        assertThat(request.at("/urgent").asBoolean()).isTrue();
        assertThat(request.at("/persons/0").has("addresses")).as("blank fields are left out").isFalse();
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
        assertThat(new RequestValidator(clock).validate(JSON.writeValueAsBytes(request)))
                .isInstanceOf(RequestValidator.Validation.Valid.class);
    }

    @Test
    void withoutANameOrRoleThereIsNoPersonAndNoOfficialWithoutTheirFields() {
        ObjectNode request = page.request(Map.of("measureType", "BANK_INFORMATION", "deathPenaltyPossible", ""));
        assertThat(request.get("persons").isEmpty()).isTrue();
        assertThat(request.at("/measures/0").has("personRef")).isFalse();
        assertThat(request.has("foreignOfficials")).isFalse();
        assertThat(request.has("offences")).as("an unticked box is left out").isFalse();
    }

    @Test
    void aNumberThatIsNotOneStaysTextForTheValidatorToName() {
        assertThat(page.request(Map.of("maxPenaltyYears", "twelve")).at("/offences/0/maxPenaltyYears").isString())
                .isTrue();
    }
}
