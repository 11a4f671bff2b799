package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.intake.domain.CooperationRequest.Premises;

/**
 * BAR_PRESIDENT_NOTIFICATION: a search or seizure concerns a law office, or any premises of a
 * person who is a lawyer, by the request's own word (profession) or by a lawyer entry of the
 * register. The bar president must be told before the search and may attend. One finding per person,
 * naming every measure that enters their premises (the search and the seizure of one home).
 */
final class LawyerPremisesNeedBarPresident implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CooperationRequest request = context.request();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < request.measures().size(); i++) {
            Measure measure = request.measures().get(i);
            if (!measure.entersPremises()) {
                continue;
            }
            String pointer = "/measures/" + i;
            if (Requests.premisesOf(request, measure) == Premises.LAW_OFFICE) {
                findings.add(Finding.of(FindingCode.BAR_PRESIDENT_NOTIFICATION, measure.personRef(), "measures/" + i,
                        Evidence.fromRequest(Requests.premisesPointer(i, measure, Premises.LAW_OFFICE), "The "
                                + measure.type().name().toLowerCase() + " (" + pointer
                                + ") concerns a law office: the bar president must be told before it"
                                + " and may attend.")));
                continue;
            }
            String subject = "measures/" + i;
            String what = "The " + measure.type().name().toLowerCase() + " (" + pointer + ")";
            for (Person person : Requests.personsConcerned(request, measure)) {
                lawyer(context, person, what).ifPresent(evidence -> findings.add(Finding.of(
                        FindingCode.BAR_PRESIDENT_NOTIFICATION, person.ref(), subject, evidence)));
            }
        }
        return Finding.onePerPerson(findings);
    }

    private static Optional<Evidence> lawyer(ScreeningContext context, Person person, String measure) {
        String what = measure + " concerns the premises of " + Requests.label(person);
        String notice = ": the bar president must be told before it and may attend.";
        if (Professions.isLawyer(person.profession())) {
            return Optional.of(Evidence.fromRequest(Requests.pointer(context.request(), person) + "/profession",
                    what + ", described as \"" + person.profession() + "\"" + notice));
        }
        return context.registerHits(person).stream()
                .filter(hit -> hit.is(RegisterCategory.LAWYER))
                .findFirst()
                .map(hit -> hit.evidence(Requests.pointer(context.request(), person) + "/names",
                        what + ", who may be the lawyer of " + hit.describeMatch() + notice));
    }
}
