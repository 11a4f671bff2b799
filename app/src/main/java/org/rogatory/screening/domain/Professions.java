package org.rogatory.screening.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a request's {@code profession} field says, in the languages requests arrive in: a
 * profession bound to secrecy, or human-rights work. Whole words only, accents removed, so that
 * "doctoral" is no doctor and "avocate" is a lawyer.
 */
final class Professions {

    private static final Map<RegisterCategory, List<String>> SECRECY = Map.of(
            RegisterCategory.LAWYER, List.of("lawyer", "attorney", "barrister", "solicitor", "advocate", "counsel",
                    "avocat", "avocate", "advocaat", "rechtsanwalt", "rechtsanwaltin", "anwalt", "anwaltin",
                    "abogado", "abogada", "avvocato", "avvocata", "advogado", "advogada", "adwokat", "radca prawny",
                    "advokat", "адвокат", "юрист", "محامي", "محامية", "עורך דין"),
            RegisterCategory.JOURNALIST, List.of("journalist", "journaliste", "reporter", "editor", "editor-in-chief",
                    "correspondent", "correspondant", "redacteur", "redakteur", "redacteur en chef", "journalistin",
                    "periodista", "giornalista", "dziennikarz", "журналист", "журналистка", "редактор", "صحفي",
                    "صحفية"),
            RegisterCategory.DOCTOR, List.of("doctor", "physician", "surgeon", "psychiatrist", "psychologist",
                    "general practitioner", "medecin", "huisarts", "arzt", "arztin", "medico", "lekarz", "врач",
                    "طبيب", "طبيبة"));

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
                .filter(e -> e.getValue().stream().anyMatch(word -> containsWord(folded, word)))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst();
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
