package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.intake.domain.CooperationRequest.Premises;

/**
 * PROFESSIONAL_SECRECY: a person matches a lawyer, journalist or doctor entry of the register, or
 * the request itself says so (the person's profession, or a measure on a law office, newsroom or
 * medical practice). One finding per register entry; the request's own word only where no entry
 * already says it.
 */
final class ProfessionBoundToSecrecy implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CooperationRequest request = context.request();
        List<Finding> findings = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (Person person : request.persons()) {
            String pointer = Requests.pointer(request, person);
            Optional<RegisterCategory> stated = Professions.secrecyOf(person.profession());
            String statedNote = stated.map(c -> " The request also gives the profession \"" + person.profession() + "\".")
                    .orElse("");
            for (RegisterHit hit : context.registerHits(person)) {
                hit.categories().stream().filter(RegisterCategory::bindsToProfessionalSecrecy).findFirst()
                        .ifPresent(category -> {
                            covered.add(person.ref());
                            findings.add(Finding.of(FindingCode.PROFESSIONAL_SECRECY, person.ref(), "",
                                    hit.evidence(pointer + "/names", Requests.label(person) + " may be "
                                            + hit.describeMatch() + ", a " + category.name().toLowerCase()
                                            + " bound to professional secrecy." + statedNote)));
                        });
            }
            if (stated.isPresent() && covered.add(person.ref())) {
                findings.add(Finding.of(FindingCode.PROFESSIONAL_SECRECY, person.ref(), "",
                        Evidence.fromRequest(pointer + "/profession", Requests.label(person) + " is described as \""
                                + person.profession() + "\", a " + stated.get().name().toLowerCase()
                                + " bound to professional secrecy.")));
            }
        }
        for (int i = 0; i < request.measures().size(); i++) {
            Measure measure = request.measures().get(i);
            Premises premises = Requests.premisesOf(request, measure);
            if (!isPrivilegedPremises(premises)) {
                continue;
            }
            List<Person> concerned = Requests.personsConcerned(request, measure);
            if (concerned.stream().anyMatch(p -> covered.contains(p.ref()))) {
                continue;
            }
            String personRef = concerned.isEmpty() ? null : concerned.get(0).ref();
            findings.add(Finding.of(FindingCode.PROFESSIONAL_SECRECY, personRef, "measures/" + i,
                    Evidence.fromRequest(Requests.premisesPointer(i, measure, premises), "The "
                            + measure.type().name().toLowerCase() + " concerns a "
                            + premises.name().toLowerCase().replace('_', ' ')
                            + ", where material under professional secrecy is kept.")));
        }
        return findings;
    }

    static boolean isPrivilegedPremises(Premises premises) {
        return premises == Premises.LAW_OFFICE || premises == Premises.NEWSROOM
                || premises == Premises.MEDICAL_PRACTICE;
    }
}
