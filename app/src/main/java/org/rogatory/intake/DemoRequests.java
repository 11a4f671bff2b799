package org.rogatory.intake;

import static org.rogatory.casework.domain.Outcome.AUTHORISE;
import static org.rogatory.casework.domain.Outcome.FORWARD;
import static org.rogatory.casework.domain.Outcome.REFER_TO_JUDGE;
import static org.rogatory.casework.domain.Outcome.RETURN_FOR_INFORMATION;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.rogatory.access.DemoUsers;
import org.rogatory.access.Role;
import org.rogatory.access.User;
import org.rogatory.access.Users;
import org.rogatory.casework.Casework;
import org.rogatory.casework.Views.CaseView;
import org.rogatory.casework.Views.DecisionView;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.casework.domain.Authorisation.AuthorisedPlace;
import org.rogatory.casework.domain.DecisionStatus;
import org.rogatory.casework.domain.Disposition;
import org.rogatory.casework.domain.FindingDisposition;
import org.rogatory.casework.domain.FindingStatus;
import org.rogatory.casework.domain.Outcome;
import org.rogatory.casework.domain.Proposal;
import org.rogatory.intake.RequestValidator.Validation;
import org.rogatory.screening.domain.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code rogatory demo}: registers the fictional requests shipped in {@code demo/} as demo-clerk and
 * walks some of them down the chain as the demo users would, so that every queue has something in
 * it. All of it goes through casework and is audited like any other work.
 */
@Component
@Profile("demo")
@Order(DemoUsers.ORDER + 1)
class DemoRequests implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);

    /** Each demo request and the acts it goes through; where it ends is whose queue it fills. */
    private static final Map<String, List<Outcome>> SCRIPTS = Map.of(
            "01-kz-refugee-lawyer-home-search-case-analogue.json", List.of(FORWARD),
            "02-fr-eio-vat-fraud-bank-records-benign-control.json", List.of(FORWARD),
            "03-eg-arabic-script-refugee-persecuting-state.json", List.of(),
            "04-sa-drug-trafficking-death-penalty-no-assurance.json", List.of(),
            "05-de-eio-office-search-named-foreign-officials.json", List.of(FORWARD, REFER_TO_JUDGE),
            "09-ng-incomplete-thin-facts-no-article.json", List.of(RETURN_FOR_INFORMATION),
            "12-ch-urgent-asset-freeze-deadline.json", List.of(FORWARD, REFER_TO_JUDGE, AUTHORISE),
            "14-us-death-penalty-with-assurance.json", List.of(FORWARD, REFER_TO_JUDGE, AUTHORISE));

    /**
     * What the judge's AUTHORISE allows where the demo goes on to execute the request: the American
     * request names no address for the data carriers, which the Antwerp police hold.
     */
    private static final Map<String, Authorisation> AUTHORISATIONS = Map.of(
            "14-us-death-penalty-with-assurance.json", new Authorisation(List.of(), List.of(0),
                    "Forensic copies only; the originals stay in the evidence store.",
                    List.of(new AuthorisedPlace(0, "Oudaan 5 (evidence store of the police, fictional)", "Antwerpen"))));

    private final RequestValidator validator;
    private final Casework casework;
    private final Users users;

    DemoRequests(RequestValidator validator, Casework casework, Users users) {
        this.validator = validator;
        this.casework = casework;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        User clerk = demoUser(Role.CLERK);
        SCRIPTS.keySet().stream().sorted().forEach(file -> {
            Validation validation = validator.validate(read("/demo/" + file));
            if (!(validation instanceof Validation.Valid valid)) {
                throw new IllegalStateException("demo request " + file + " is invalid: " + validation);
            }
            String id = casework.register(valid.request(), valid.document(), clerk).view().id();
            List<Outcome> acts = SCRIPTS.get(file);
            for (int i = 0; i < acts.size(); i++) {
                act(id, acts.get(i), i == acts.size() - 1,
                        acts.get(i) == AUTHORISE ? AUTHORISATIONS.get(file) : null);
            }
        });
        log.info("demo requests registered: {}", SCRIPTS.size());
    }

    private void act(String id, Outcome outcome, boolean last, Authorisation authorisation) {
        User author = demoUser(casework.chain().moves().stream()
                .filter(m -> m.act() == outcome && m.by() != Role.CLERK).findFirst().orElseThrow().by());
        CaseView view = casework.read(id, author);
        List<FindingDisposition> answers = view.findings().stream()
                .filter(f -> f.status() == FindingStatus.OPEN && f.severity().mustBeAddressedToMoveForward())
                .map(f -> f.severity() == Severity.BLOCKING
                        ? new FindingDisposition(f.id(), Disposition.OVERRIDDEN, "Demo: " + f.code()
                                + " overridden so that the supervisor's second look can be shown; not a real reason.")
                        : new FindingDisposition(f.id(), Disposition.UPHELD, null))
                .toList();
        DecisionView decision = casework.decide(id, new Proposal(outcome, List.of(),
                "Demo decision: " + outcome.name().toLowerCase().replace('_', ' ') + ".", answers, authorisation),
                java.util.OptionalLong.empty(), author);
        if (decision.status() == DecisionStatus.AWAITING_APPROVAL && !last) {
            casework.approve(id, decision.id(), demoUser(Role.SUPERVISOR));
        }
    }

    private User demoUser(Role role) {
        return users.find(DemoUsers.usernameFor(role)).orElseThrow();
    }

    private static byte[] read(String resource) {
        try (InputStream in = DemoRequests.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
