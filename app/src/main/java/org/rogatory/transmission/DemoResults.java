package org.rogatory.transmission;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.rogatory.access.DemoUsers;
import org.rogatory.access.Role;
import org.rogatory.access.User;
import org.rogatory.access.Users;
import org.rogatory.casework.Casework;
import org.rogatory.casework.QueueItem;
import org.rogatory.casework.domain.Authorisation.AuthorisedPlace;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.execution.Execution;
import org.rogatory.execution.domain.ExecutionPlan;
import org.rogatory.execution.domain.ExecutionReport;
import org.rogatory.execution.domain.ExecutionReport.Conduct;
import org.rogatory.execution.domain.ExecutionReport.PresentPerson;
import org.rogatory.execution.domain.ExecutionReport.PresentRole;
import org.rogatory.execution.domain.ExecutionReport.SeizedItem;
import org.rogatory.execution.domain.ExecutionReport.SeizedKind;
import org.rogatory.execution.domain.PlanDraft;
import org.rogatory.intake.domain.CooperationRequest.Premises;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code rogatory demo}: the American request (forensic copies of a telephone and a laptop the
 * Antwerp police hold) is executed as the police would: plan, confirmation, report, contents, and
 * its results wait in the privilege reviewer's queue. It needs no bar notice and no foreign
 * official, so the demo sends no mail. All of it goes through the features' APIs and is audited.
 */
@Component
@Profile("demo")
@Order(DemoUsers.ORDER + 2)
class DemoResults implements ApplicationRunner {

    static final String FOREIGN_REFERENCE = "US-OIA-182-54321";

    private static final Logger log = LoggerFactory.getLogger(DemoResults.class);

    private final Casework casework;
    private final Execution execution;
    private final Results results;
    private final Users users;
    private final Clock clock;

    DemoResults(Casework casework, Execution execution, Results results, Users users, Clock clock) {
        this.casework = casework;
        this.execution = execution;
        this.results = results;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        User police = demoUser(Role.POLICE);
        Optional<String> id = casework.queue(police, Optional.of(CaseState.EXECUTION_PLANNING)).stream()
                .filter(item -> item.foreignReference().equals(FOREIGN_REFERENCE)).map(QueueItem::id).findFirst();
        if (id.isEmpty()) {
            log.warn("demo: {} is not awaiting its execution; nothing to execute", FOREIGN_REFERENCE);
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        // where the judge's authorisation says the data carriers are, since the request gives no address
        AuthorisedPlace store = casework.caseFor(id.get(), police).authorisation().placesFor(0).get(0);
        execution.draftPlan(id.get(), new PlanDraft(now.plusMinutes(5), List.of(new ExecutionPlan.Place(List.of(0),
                Premises.DATA_CARRIER, store.address(), store.city(), null)),
                List.of(new ExecutionPlan.Officer("Inspector Lotte Peeters", "Computer crime unit Antwerp")),
                List.of()), police);
        execution.confirmPlan(id.get(), null, police);
        execution.fileReport(id.get(), new ExecutionReport(now, List.of(new PresentPerson("Inspector Lotte Peeters",
                PresentRole.OFFICER, null, null, false, List.of(Conduct.COPIED_DATA))), List.of(
                new SeizedItem(SeizedKind.DATA_CARRIER, "Mobile telephone (forensic copy)", "Evidence store, bag 24-117",
                        "Messages and call log, 1-15 March 2024"),
                new SeizedItem(SeizedKind.DATA_CARRIER, "Laptop (forensic copy)", "Evidence store, bag 24-118",
                        "Documents folder")), List.of(), List.of()), police);
        var items = results.view(id.get(), police).items();
        results.uploadContent(id.get(), items.get(0).id(), ItemTexts.TEXT, """
                Call log 1-15 March 2024 (extract): 3 March 21:14 outgoing +1 555 0100 (4 min); 5 March 09:02
                incoming +32 3 555 01 22 (Hotel Scheldezicht, 1 min). Messages: "arriving Friday", "room 214".
                """.getBytes(StandardCharsets.UTF_8), police);
        results.uploadContent(id.get(), items.get(1).id(), ItemTexts.TEXT, """
                Documents folder: travel itinerary Antwerp 1-15 March 2024; a letter from the suspect's lawyer,
                Jamshed Rahimov, about the shipment; invoices of a freight company.
                """.getBytes(StandardCharsets.UTF_8), police);
        results.submit(id.get(), police);
        log.info("demo: the results of {} await the privilege reviewer", FOREIGN_REFERENCE);
    }

    private User demoUser(Role role) {
        return users.find(DemoUsers.usernameFor(role)).orElseThrow();
    }
}
