package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rogatory.access.Role;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.DecisionStatus;
import org.rogatory.casework.domain.Disposition;
import org.rogatory.casework.domain.FindingStatus;
import org.rogatory.casework.domain.LegalGround;
import org.rogatory.casework.domain.Outcome;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.screening.domain.FindingCode;
import org.rogatory.screening.domain.Severity;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * No language silently falls behind: the FR, NL and DE bundles have exactly the keys of the EN one
 * and none is left empty; every value the interface shows (states, outcomes, finding codes, the
 * request's enumerations) has a label; every legal ground of the catalogue has a title in each.
 */
class MessageBundlesTest {

    static final List<String> BUNDLES = List.of("messages", "legal-grounds");
    static final List<String> LANGUAGES = List.of("fr", "nl", "de");
    /** A lone apostrophe, which MessageFormat would swallow in a message that takes arguments. */
    static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyBundleHasTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            Set<String> english = load(bundle + ".properties").stringPropertyNames();
            for (String language : LANGUAGES) {
                assertThat(load(bundle + "_" + language + ".properties").stringPropertyNames())
                        .as(bundle + " " + language).containsExactlyInAnyOrderElementsOf(english);
            }
        }
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String bundle : BUNDLES) {
            for (String language : List.of("", "_fr", "_nl", "_de")) {
                Properties messages = load(bundle + language + ".properties");
                assertThat(messages.stringPropertyNames()).as(bundle + language)
                        .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
            }
        }
    }

    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        for (String language : List.of("", "_fr", "_nl", "_de")) {
            Properties messages = load("messages" + language + ".properties");
            assertThat(messages.stringPropertyNames().stream()
                    .filter(key -> messages.getProperty(key).contains("{0"))
                    .filter(key -> LONE_APOSTROPHE.matcher(messages.getProperty(key)).find()))
                    .as("messages" + language).isEmpty();
        }
    }

    @Test
    void oneIsCountedInTheSingular() throws IOException {
        Map<String, List<String>> oneAndTwo = Map.of(
                "", List.of("1 request:", "2 requests:", "1 decision awaits", "2 decisions await"),
                "_fr", List.of("1 demande :", "2 demandes :", "1 décision en attente", "2 décisions en attente"),
                "_nl", List.of("1 verzoek:", "2 verzoeken:", "1 beslissing wacht", "2 beslissingen wachten"),
                "_de", List.of("1 Ersuchen:", "2 Ersuchen:", "1 Entscheidung wartet", "2 Entscheidungen warten"));
        for (Map.Entry<String, List<String>> language : oneAndTwo.entrySet()) {
            Properties messages = load("messages" + language.getKey() + ".properties");
            Locale locale = language.getKey().isEmpty() ? Locale.ENGLISH
                    : Locale.forLanguageTag(language.getKey().substring(1));
            List<String> written = new ArrayList<>();
            for (String key : List.of("queue.caption", "approvals.caption")) {
                for (int count : new int[] {1, 2}) {
                    written.add(new MessageFormat(messages.getProperty(key), locale).format(new Object[] {count}));
                }
            }
            assertThat(written).as(language.getKey())
                    .zipSatisfy(language.getValue(), (text, start) -> assertThat(text).startsWith(start));
        }
    }

    @Test
    void everyValueTheInterfaceShowsHasALabel() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Map<String, Class<? extends Enum<?>>> labelled = Map.ofEntries(
                Map.entry("state.", CaseState.class), Map.entry("outcome.", Outcome.class),
                Map.entry("disposition.", Disposition.class), Map.entry("severity.", Severity.class),
                Map.entry("findingStatus.", FindingStatus.class), Map.entry("decisionStatus.", DecisionStatus.class),
                Map.entry("role.", Role.class), Map.entry("finding.", FindingCode.class),
                Map.entry("channel.", CooperationRequest.Channel.class),
                Map.entry("authority.", CooperationRequest.AuthorityKind.class),
                Map.entry("instrument.", CooperationRequest.Instrument.class),
                Map.entry("category.", CooperationRequest.OffenceCategory.class),
                Map.entry("personRole.", CooperationRequest.PersonRole.class),
                Map.entry("organisationRole.", CooperationRequest.OrganisationRole.class),
                Map.entry("measure.", CooperationRequest.MeasureType.class),
                Map.entry("premises.", CooperationRequest.Premises.class),
                Map.entry("officialRole.", CooperationRequest.RequestedRole.class),
                Map.entry("groundKind.", LegalGround.Kind.class),
                Map.entry("presence.", org.rogatory.execution.domain.PresenceRole.class),
                Map.entry("presentRole.", org.rogatory.execution.domain.ExecutionReport.PresentRole.class),
                Map.entry("conduct.", org.rogatory.execution.domain.ExecutionReport.Conduct.class),
                Map.entry("seizedKind.", org.rogatory.execution.domain.ExecutionReport.SeizedKind.class),
                Map.entry("execution.notice.status.", org.rogatory.execution.domain.BarNotice.Status.class),
                Map.entry("execution.answer.", org.rogatory.execution.domain.BarNotice.BarAnswer.class),
                Map.entry("incident.", org.rogatory.execution.domain.Incident.Kind.class),
                Map.entry("item.kind.", org.rogatory.transmission.domain.ResultItem.ItemKind.class),
                Map.entry("item.version.", org.rogatory.transmission.domain.Dossier.Version.class),
                Map.entry("itemStatus.", org.rogatory.transmission.domain.ItemStatus.class),
                Map.entry("reviewDecision.", org.rogatory.transmission.domain.Review.Decision.class),
                Map.entry("capacity.", org.rogatory.transmission.domain.Objection.Capacity.class),
                Map.entry("objectionOutcome.", org.rogatory.transmission.domain.Objection.Outcome.class));
        labelled.forEach((prefix, type) -> assertThat(Arrays.stream(type.getEnumConstants())
                .map(value -> prefix + value.name())).as(type.getSimpleName())
                .allSatisfy(key -> assertThat(keys).contains(key)));
    }

    @Test
    void everyLegalGroundOfTheCatalogueHasATitleInEveryLanguage() throws IOException {
        Set<String> codes;
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/legal-grounds.json")) {
            codes = JsonMapper.builder().build().readTree(in).findValuesAsString("code").stream()
                    .map(code -> "ground." + code).collect(Collectors.toSet());
        }
        assertThat(load("legal-grounds.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void everyProblemKindHasATitleAndAnExplanation() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        assertThat(Arrays.stream(ProblemKind.values()).flatMap(k -> java.util.stream.Stream.of(
                "problem." + k.slug() + ".title", "refusal." + k.slug())))
                .allSatisfy(key -> assertThat(keys).contains(key));
    }

    @Test
    void problemTitlesSpeakTheCallersLanguageAndFallBackToEnglish() {
        try {
            LocaleContextHolder.setLocale(Locale.FRENCH);
            assertThat(Problems.of(ProblemKind.NOT_FOUND, null).getTitle()).isEqualTo("Introuvable");
            LocaleContextHolder.setLocale(Locale.JAPANESE);
            assertThat(Problems.of(ProblemKind.NOT_FOUND, null).getTitle()).isEqualTo("Not found");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
