package org.rogatory.screening.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.intake.domain.CooperationRequest.Premises;

/**
 * BAR_PRESIDENT_NOTIFICATION, as far as the request itself shows it: a search or seizure of a law
 * office, or of any premises of a person the request describes as a lawyer. Register entries
 * that show a person to be a lawyer are screened by the register rules.
 */
final class LawyerPremisesNeedBarPresident implements ScreeningRule {

    /** Words for the profession in the languages requests arrive in, accents removed. */
    private static final List<String> LAWYER_WORDS = List.of(
            "lawyer", "attorney", "barrister", "solicitor", "advocate", "counsel", "avocat", "avocate",
            "advocaat", "rechtsanwalt", "rechtsanwaltin", "anwalt", "abogado", "abogada", "avvocato", "avvocata",
            "advogado", "advogada", "adwokat", "radca prawny", "advokat", "адвокат", "محامي", "محامية", "עורך דין");

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CooperationRequest request = context.request();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < request.measures().size(); i++) {
            Measure measure = request.measures().get(i);
            if (!measure.entersPremises()) {
                continue;
            }
            Optional<Person> person = Optional.ofNullable(measure.personRef()).flatMap(request::person);
            boolean lawOffice = measure.premises() == Premises.LAW_OFFICE;
            boolean lawyersPremises = person.map(p -> isLawyer(p.profession())).orElse(false);
            if (lawOffice || lawyersPremises) {
                String why = lawOffice
                        ? "The measure concerns a law office."
                        : "The person whose premises are concerned is described as \""
                                + person.get().profession() + "\".";
                findings.add(Finding.of(FindingCode.BAR_PRESIDENT_NOTIFICATION, measure.personRef(),
                        "measures/" + i, Evidence.fromRequest("/measures/" + i, why)));
            }
        }
        return findings;
    }

    static boolean isLawyer(String profession) {
        if (profession == null || profession.isBlank()) {
            return false;
        }
        String folded = Normalizer.normalize(profession, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return LAWYER_WORDS.stream().anyMatch(folded::contains);
    }
}
