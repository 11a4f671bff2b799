package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.MeasureType;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.intake.domain.CooperationRequest.Premises;

/**
 * PRIVILEGE_REVIEW: a measure that gathers material (search, seizure, interception, production of
 * documents) concerns a law office, newsroom or medical practice, or a person bound to professional
 * secrecy by the request's word or the register. What it yields is reviewed before anything leaves.
 * One finding per person, naming every such measure.
 */
final class PrivilegedMaterialNeedsReview implements ScreeningRule {

    private static final Set<MeasureType> GATHERS_MATERIAL = EnumSet.of(MeasureType.SEARCH, MeasureType.SEIZURE,
            MeasureType.INTERCEPTION, MeasureType.DOCUMENT_PRODUCTION);

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CooperationRequest request = context.request();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < request.measures().size(); i++) {
            Measure measure = request.measures().get(i);
            if (!GATHERS_MATERIAL.contains(measure.type())) {
                continue;
            }
            String pointer = "/measures/" + i;
            String what = "The " + measure.type().name().toLowerCase().replace('_', ' ') + " (" + pointer + ")";
            Premises premises = Requests.premisesOf(request, measure);
            if (ProfessionBoundToSecrecy.isPrivilegedPremises(premises)) {
                findings.add(Finding.of(FindingCode.PRIVILEGE_REVIEW, measure.personRef(), "measures/" + i,
                        Evidence.fromRequest(Requests.premisesPointer(i, measure, premises), what + " concerns a "
                                + premises.name().toLowerCase().replace('_', ' ')
                                + ": its results need a privilege review before transmission.")));
                continue;
            }
            String subject = "measures/" + i;
            for (Person person : Requests.personsConcerned(request, measure)) {
                secrecy(context, person).ifPresent(why -> findings.add(Finding.of(FindingCode.PRIVILEGE_REVIEW,
                        person.ref(), subject, why.withTrigger(pointer, what + " concerns "
                                + Requests.label(person) + ", " + why.explanation()
                                + ": its results need a privilege review before transmission."))));
            }
        }
        return Finding.onePerPerson(findings);
    }

    private static Optional<Evidence> secrecy(ScreeningContext context, Person person) {
        Optional<RegisterCategory> stated = Professions.secrecyOf(person.profession());
        if (stated.isPresent()) {
            return Optional.of(Evidence.fromRequest(null, "described as \"" + person.profession() + "\""));
        }
        for (RegisterHit hit : context.registerHits(person)) {
            Optional<RegisterCategory> category = hit.categories().stream()
                    .filter(RegisterCategory::bindsToProfessionalSecrecy).findFirst();
            if (category.isPresent()) {
                return Optional.of(hit.evidence(null, "who may be the " + category.get().name().toLowerCase()
                        + " of " + hit.describeMatch()));
            }
        }
        return Optional.empty();
    }
}
