package org.rogatory.screening.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a request's {@code profession} field says, in the languages requests arrive in: a
 * profession bound to secrecy, or human-rights work. Whole words only, accents removed, so that
 * "doctoral" is no doctor and "avocate" is a lawyer; a German or Dutch compound counts by its last part
 * (Zahnarzt, Fachanwältin, Fotojournalist, hoofdredacteur, huisarts), and a medical specialty by its
 * stem (cardiologist, Kardiologe, cardioloog; paediatrician, psychiatre, psychiater; psycholoog).
 */
final class Professions {

    private static final Map<RegisterCategory, List<String>> SECRECY_WORDS = Map.of(
            RegisterCategory.LAWYER, List.of("lawyer", "attorney", "barrister", "solicitor", "advocate", "counsel",
                    "avocat", "avocate", "advocaat", "abogado", "abogada", "avvocato", "avvocata", "advogado",
                    "advogada", "adwokat", "radca prawny", "advokat", "strafverteidiger", "strafverteidigerin",
                    "адвокат", "юрист", "محامي", "محامية", "עורך דין"),
            RegisterCategory.JOURNALIST, List.of("reporter", "reportero", "reportera", "editor", "editor-in-chief",
                    "columnist", "correspondent", "correspondant", "correspondante", "korrespondent", "korrespondentin",
                    "berichterstatter", "berichterstatterin", "verslaggever", "verslaggeefster", "chroniqueur",
                    "chroniqueuse", "pigiste", "redactrice", "redacteur en chef", "periodista", "giornalista",
                    "dziennikarz", "журналист", "журналистка", "редактор", "صحفي", "صحفية"),
            RegisterCategory.DOCTOR, List.of("doctor", "dokter", "physician", "surgeon", "psychotherapist",
                    "psychotherapeut", "psychotherapeute", "psychotherapeutin", "general practitioner", "medecin",
                    "docteur en medecine", "geneesheer", "dentist", "dentiste", "chirurgien", "chirurg", "medico",
                    "medica", "pharmacist", "pharmacien", "pharmacienne", "apotheker", "apothekerin", "lekarz", "врач",
                    "طبيب", "طبيبة"));

    /** The last parts of compounds, and the stems of specialties, that name the same professions. */
    private static final Map<RegisterCategory, String> SECRECY_STEMS = Map.of(
            RegisterCategory.LAWYER, "\\p{L}*anwalt(?:in)?",
            RegisterCategory.JOURNALIST, "\\p{L}*(?:journalist(?:in|e)?|redakteur(?:in)?|redacteur)",
            RegisterCategory.DOCTOR, "\\p{L}*(?:arzt|arztin|iatr(?:ist|ician|e|er|erin)|iater(?:in)?)"
                    // Dutch "arts" alone opens the field ("arts", "arts-specialist", "arts (cardioloog)"); in a
                    // compound it closes it, as in German: not "arts manager", "fine arts" or "car parts"
                    + "|^arts(?=\\s*[-(,/]|\\s*$)"
                    + "|(?:huis|tand|kinder|oog|bedrijfs|verzekerings|jeugd|school|sport|keurings|ziekenhuis|spoed"
                    + "|basis|assistent|scheeps|gevangenis|dieren)arts"
                    + "|(?:psych|[ck]ardi|on[ck]|neur|dermat|gyn(?:ae|e|a)?[ck]|ur|radi|an(?:a|ae)?e?sthesi|ophthalm"
                    + "|oftalm|path|endo[ck]rin|gastroenter|ne[pf]hr|pulmon|r(?:h)?eumat|h(?:a|ae)?emat|immun)"
                    + "olo(?:gist|gue|og|ge|gin)");

    private static final Map<RegisterCategory, Pattern> SECRECY = secrecyPatterns();

    private static final List<String> HUMAN_RIGHTS = List.of("human rights", "human-rights", "droits de l'homme",
            "droits humains", "mensenrechten", "menschenrechte", "menschenrechtler", "menschenrechtlerin",
            "правозащитник", "правозащитница");

    private Professions() {
    }

    /** The secrecy-bound profession the text names, if any. */
    static Optional<RegisterCategory> secrecyOf(String profession) {
        String folded = normalised(profession);
        if (folded.isBlank()) {
            return Optional.empty();
        }
        return SECRECY.entrySet().stream()
                .filter(e -> e.getValue().matcher(folded).find())
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst();
    }

    private static Map<RegisterCategory, Pattern> secrecyPatterns() {
        Map<RegisterCategory, Pattern> patterns = new EnumMap<>(RegisterCategory.class);
        SECRECY_WORDS.forEach((category, words) -> patterns.put(category, Pattern.compile(
                "(?<![\\p{L}\\p{M}])(?:" + SECRECY_STEMS.get(category) + "|"
                        + String.join("|", words.stream().map(word -> Pattern.quote(NameSpotter.fold(word))).toList())
                        + ")(?![\\p{L}\\p{M}])")));
        return patterns;
    }

    static boolean isLawyer(String profession) {
        return secrecyOf(profession).filter(c -> c == RegisterCategory.LAWYER).isPresent();
    }

    static boolean namesHumanRightsWork(String profession) {
        String folded = normalised(profession);
        return !folded.isBlank() && HUMAN_RIGHTS.stream().anyMatch(word -> containsWord(folded, word));
    }

    private static String normalised(String text) {
        return text == null ? "" : NameSpotter.fold(text);
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(NameSpotter.fold(word)) + "(?![\\p{L}\\p{M}])")
                .matcher(text).find();
    }
}
