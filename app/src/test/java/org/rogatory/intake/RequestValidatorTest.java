package org.rogatory.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rogatory.intake.RequestValidator.Validation;
import org.rogatory.support.Fixtures;
import org.rogatory.web.FieldProblem;
import tools.jackson.databind.node.ObjectNode;

class RequestValidatorTest {

    static final RequestValidator VALIDATOR = new RequestValidator(
            Clock.fixed(Instant.parse("2025-07-15T10:00:00Z"), ZoneId.of("Europe/Brussels")));

    /** The field each invalid example is wrong about (../shared/data/README.md). */
    static final Map<String, String> DEFECTS = Map.of(
            "01-missing-required-facts.json", "/facts",
            "02-wrong-enum-channel.json", "/channel",
            "03-bad-date-received-on.json", "/receivedOn",
            "04-bad-iso-country-code.json", "/requestingState",
            "05-wrong-type-max-penalty.json", "/offences/0/maxPenaltyYears",
            "06-empty-persons-dangling-personref.json", "/measures/0/personRef",
            "07-unknown-top-level-property.json", "/priority",
            "08-bad-birthdate-pattern.json", "/persons/0/birthDate",
            "09-legal-basis-without-instrument.json", "/legalBasis/0/instrument",
            "10-not-json.json", "");

    @Test
    void theShippedSchemaIsTheSpecifiedOne() throws IOException {
        try (var shipped = RequestValidator.class.getResourceAsStream(RequestValidator.SCHEMA)) {
            assertThat(new String(shipped.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(Fixtures.SHARED.resolve("spec").resolve("request.schema.json")));
        }
    }

    @TestFactory
    List<DynamicTest> acceptsEveryExampleRequest() {
        return Fixtures.files(Fixtures.REQUESTS).stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                        assertThat(VALIDATOR.validate(Files.readAllBytes(file))).isInstanceOf(Validation.Valid.class)))
                .toList();
    }

    @TestFactory
    List<DynamicTest> rejectsEveryInvalidExampleNamingTheField() {
        List<Path> files = Fixtures.files(Fixtures.REQUESTS.resolve("invalid"));
        assertThat(files).hasSize(DEFECTS.size());
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                        assertThat(pointers(Files.readAllBytes(file)))
                                .contains(DEFECTS.get(file.getFileName().toString()))))
                .toList();
    }

    @Test
    void assertsDateFormatsRatherThanAnnotatingThem() {
        assertThat(pointers(withReceivedOn("2025-02-30"))).containsExactly("/receivedOn");
        assertThat(VALIDATOR.validate(withReceivedOn("2025-02-30")))
                .isEqualTo(new Validation.Invalid(List.of(new FieldProblem("/receivedOn",
                        "is not a date of the calendar written YYYY-MM-DD"))));
        assertThat(pointers(withReceivedOn("2025-02-28"))).isEmpty();
    }

    @Test
    void refusesARequestReceivedAfterTodayOnTheInjectedClock() {
        assertThat(pointers(withReceivedOn("2025-07-16"))).containsExactly("/receivedOn");
        assertThat(pointers(withReceivedOn("2025-07-15"))).isEmpty();
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        var request = Fixtures.request(Fixtures.BENIGN);
        request.put("channel", "EMAIL");
        request.put("requestingState", "FRA");
        request.remove("facts");
        assertThat(pointers(request.toString().getBytes(StandardCharsets.UTF_8)))
                .containsExactlyInAnyOrder("/channel", "/requestingState", "/facts");
    }

    @Test
    void checksWhatTheSchemaCannotExpressEvenWhenAFieldCannotBeRead() {
        var request = Fixtures.request(Fixtures.BENIGN);
        request.put("channel", "EMAIL");
        request.put("receivedOn", "2025-07-16");
        assertThat(pointers(request.toString().getBytes(StandardCharsets.UTF_8)))
                .containsExactlyInAnyOrder("/channel", "/receivedOn");
        var personsAsAnObject = Fixtures.request("04-sa-drug-trafficking-death-penalty-no-assurance.json");
        personsAsAnObject.set("persons", personsAsAnObject.get("persons").get(0));
        assertThat(pointers(personsAsAnObject.toString().getBytes(StandardCharsets.UTF_8)))
                .as("the measures' personRef still name the persons the schema could not read")
                .containsExactly("/persons");
    }

    @Test
    void reportsAFieldThatBreaksTwoRulesOnce() {
        var request = Fixtures.request(Fixtures.BENIGN);
        ((ObjectNode) request.get("persons").get(0)).put("birthDate", "1976/02/30");
        assertThat(pointers(request.toString().getBytes(StandardCharsets.UTF_8)))
                .containsExactly("/persons/0/birthDate");
        request.put("receivedOn", 20250716);
        assertThat(pointers(request.toString().getBytes(StandardCharsets.UTF_8)))
                .containsExactlyInAnyOrder("/persons/0/birthDate", "/receivedOn");
    }

    @Test
    void refusesABirthDateAfterTodayAndAReferenceWithSpacesAroundIt() {
        var request = Fixtures.request(Fixtures.BENIGN);
        ((ObjectNode) request.get("persons").get(0)).put("birthDate", "3000");
        request.put("foreignReference", request.get("foreignReference").asString() + " ");
        assertThat(pointers(request.toString().getBytes(StandardCharsets.UTF_8)))
                .containsExactlyInAnyOrder("/persons/0/birthDate", "/foreignReference");
        ((ObjectNode) request.get("persons").get(0)).put("birthDate", "2025");
        request.put("foreignReference", "   ");
        assertThat(pointers(request.toString().getBytes(StandardCharsets.UTF_8))).containsExactly("/foreignReference");
    }

    @Test
    void refusesControlCharactersAndHalfASurrogatePairButNotText() {
        var request = Fixtures.request(Fixtures.BENIGN);
        request.put("facts", "Invoices were issued\u0000 to shell companies \uD83D\uDCB0 in 2021 and 2022,\r\n\tthen paid.");
        ((ObjectNode) request.get("offences").get(0)).put("description", "VAT fraud LONE");
        // escaped, as a client sends it: a lone surrogate cannot be encoded in UTF-8
        String json = request.toString().replace("LONE", "\\ud800");
        assertThat(pointers(json.getBytes(StandardCharsets.UTF_8)))
                .containsExactlyInAnyOrder("/facts", "/offences/0/description");
        request.put("facts", "Invoices were issued to shell companies \uD83D\uDCB0 in 2021 and 2022,\r\n\tthen paid.");
        ((ObjectNode) request.get("offences").get(0)).put("description", "VAT fraud");
        assertThat(pointers(request.toString().getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void refusesDuplicateKeysTrailingContentAndDeepNesting() {
        assertThat(pointers("{\"facts\": \"a\", \"facts\": \"b\"}".getBytes(StandardCharsets.UTF_8))).containsExactly("");
        String valid = Fixtures.request(Fixtures.BENIGN).toString();
        assertThat(pointers((valid + " {}").getBytes(StandardCharsets.UTF_8))).containsExactly("");
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(pointers(deep.getBytes(StandardCharsets.UTF_8))).containsExactly("");
    }

    @Test
    void refusesNothingAtAll() {
        assertThat(pointers(new byte[0])).containsExactly("");
        assertThat(pointers("null".getBytes(StandardCharsets.UTF_8))).containsExactly("");
        assertThat(pointers("[]".getBytes(StandardCharsets.UTF_8))).containsExactly("");
    }

    static byte[] withReceivedOn(String date) {
        var request = Fixtures.request(Fixtures.BENIGN);
        request.put("receivedOn", date);
        return request.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<String> pointers(byte[] body) {
        Validation validation = VALIDATOR.validate(body);
        return validation instanceof Validation.Invalid invalid
                ? invalid.problems().stream().map(FieldProblem::pointer).toList()
                : List.of();
    }
}
