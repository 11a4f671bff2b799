package org.rogatory.transmission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.rogatory.transmission.domain.DossierFixture.NOW;
import static org.rogatory.transmission.domain.DossierFixture.finding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rogatory.access.Role;
import org.rogatory.casework.domain.Attempt;
import org.rogatory.casework.domain.CaseFile;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.Chain;
import org.rogatory.casework.domain.FeaturePolicy;
import org.rogatory.casework.domain.PolicyCheck;
import org.rogatory.casework.domain.Step;
import org.rogatory.casework.domain.Verdict;
import org.rogatory.transmission.domain.ResultItem.ItemFinding;

/**
 * Whatever the reviewer, the clerk, the judge, the register and the calendar do, in any order: nothing
 * is ever transmitted that was not cleared (or redacted), that names a person the register protects
 * (even one registered after the review), that the judge withheld on an objection, while an incident
 * is open or an objection on it pending, or before the remedy period after the latest notification
 * is over. The judge's transmission goes through the chain as the service does it:
 * the dossier's verdict is the fact the chain's guard reads.
 *
 * <p>The test keeps its own plain record of what happened (which reviews were accepted, which
 * objections upheld, which incidents ruled on, when the person was notified) and judges every
 * package by that record, not by the policies under test.
 */
class TransmissionSafetyPropertyTest {

    private static final Chain CHAIN = Chain.standard();
    private static final Period REMEDY = Period.ofDays(15);
    /** Slots of the operations below: the more slots, the more often it happens. */
    private static final int OPERATIONS = 17;
    private static final AtomicInteger TRANSMITTED = new AtomicInteger();

    @Test
    void nothingLeavesUnclearedWithheldObjectedToDuringAnIncidentOrBeforeTheRemedyPeriodEnds() {
        TRANSMITTED.set(0);
        qt().withExamples(1500)
                .forAll(lists().of(integers().between(0, OPERATIONS * 64 - 1)).ofSizeBetween(0, 80))
                .checkAssert(TransmissionSafetyPropertyTest::run);
        assertThat(TRANSMITTED.get()).as("walks that ended in a transmission").isGreaterThan(20);
    }

    private static void run(List<Integer> choices) {
        World world = new World();
        for (int choice : choices) {
            world.apply(choice % OPERATIONS, choice / OPERATIONS);
        }
    }

    /** The case under random acts, and the test's own record of them. */
    private static final class World {

        private final List<ResultItem> items = new ArrayList<>(List.of(
                DossierFixture.item("i1", 1, finding("R-0004"), finding("R-0050")),
                DossierFixture.item("i2", 2, finding("R-0002")),
                DossierFixture.item("i3", 3),
                DossierFixture.item("i4", 4)));
        private final List<IncidentState> incidents = new ArrayList<>(List.of(new IncidentState("x1", "photos", true)));
        private final List<Objection> objections = new ArrayList<>();
        private LocalDate notifiedOn;
        private LocalDate today = LocalDate.of(2025, 10, 10);
        private CaseState state = CaseState.RESULTS_REVIEW;

        // the test's own record
        private final Map<String, Review.Decision> accepted = new HashMap<>();
        private final Set<String> upheld = new HashSet<>();
        private final Set<String> openIncidents = new HashSet<>(Set.of("x1"));
        /** By item, persons registered after its upload whom its original names. */
        private final Map<String, Set<String>> registeredSince = new HashMap<>();
        /** By item, the protected persons its accepted redacted text names. */
        private final Map<String, Set<String>> namedInRedaction = new HashMap<>();

        void apply(int operation, int argument) {
            switch (operation) {
                case 0, 1, 2, 3, 4 -> review(argument);
                case 5 -> openIncident();
                case 6, 7 -> ruleOnIncident(argument);
                case 8 -> object(argument);
                case 9, 10 -> ruleOnObjection(argument);
                case 11 -> notifiedOn = today.minusDays(argument % 20);
                case 12, 13 -> today = today.plusDays(1 + argument % 10);
                case 14 -> registerGrows(argument);
                default -> transmit(argument);
            }
        }

        /** The reviewer clears, redacts (naming or no longer naming the persons found) or withholds an item. */
        private void review(int argument) {
            ResultItem item = items.get(argument % items.size());
            Review.Decision decision = Review.Decision.values()[argument / 4 % 3];
            boolean redactionMissesANames = argument / 12 % 2 == 1;
            Set<String> namedInOriginal = new HashSet<>(registeredSince.getOrDefault(item.id(), Set.of()));
            item.findings().forEach(f -> namedInOriginal.add(f.registerId()));
            Set<String> named = switch (decision) {
                case CLEARED -> namedInOriginal;
                case REDACTED -> redactionMissesANames ? namedInOriginal : Set.of();
                case WITHHELD -> Set.of();
            };
            if (ItemReview.check(item, decision, named) instanceof Verdict.Allowed) {
                int number = item.review() == null ? 1 : item.review().number() + 1;
                replace(item.reviewed(new Review(number, decision, "reasons", "reviewer", NOW, null)));
                accepted.put(item.id(), decision);
                namedInRedaction.put(item.id(), new HashSet<>(decision == Review.Decision.REDACTED ? named : Set.of()));
            }
        }

        /**
         * The register comes to protect a person an item names: its original names them, and so does a
         * redacted text made before, which had no reason to leave them out.
         */
        private void registerGrows(int argument) {
            ResultItem item = items.get(argument % items.size());
            String person = "R-1" + argument % 100;
            registeredSince.computeIfAbsent(item.id(), k -> new HashSet<>()).add(person);
            if (accepted.get(item.id()) == Review.Decision.REDACTED) {
                namedInRedaction.computeIfAbsent(item.id(), k -> new HashSet<>()).add(person);
            }
        }

        /** What the register, as it is now, finds in the version of each item that would leave. */
        private Map<String, List<ItemFinding>> namedInWhatLeaves() {
            Map<String, List<ItemFinding>> named = new HashMap<>();
            for (ResultItem item : items) {
                Set<String> persons = item.status() == ItemStatus.REDACTED
                        ? namedInRedaction.getOrDefault(item.id(), Set.of())
                        : registeredSince.getOrDefault(item.id(), Set.of());
                if (!persons.isEmpty()) {
                    named.put(item.id(), persons.stream().map(DossierFixture::finding).toList());
                }
            }
            return named;
        }

        private void openIncident() {
            String id = "x" + (incidents.size() + 1);
            incidents.add(new IncidentState(id, "reported", true));
            openIncidents.add(id);
        }

        private void ruleOnIncident(int argument) {
            IncidentState incident = incidents.get(argument % incidents.size());
            incidents.set(incidents.indexOf(incident), new IncidentState(incident.id(), incident.detail(), false));
            openIncidents.remove(incident.id());
        }

        private void object(int argument) {
            List<String> named = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if ((argument >> i & 1) == 1) {
                    named.add(items.get(i).id());
                }
            }
            if (named.isEmpty()) {
                named.add(items.get(argument % items.size()).id());
            }
            objections.add(new Objection("o" + (objections.size() + 1), "counsel", Objection.Capacity.COUNSEL, today,
                    named, "grounds", "clerk", NOW, null));
        }

        /** The judge decides a pending objection: upheld, its items are withheld whatever their review. */
        private void ruleOnObjection(int argument) {
            List<Objection> pending = objections.stream().filter(Objection::pending).toList();
            if (pending.isEmpty()) {
                return;
            }
            Objection objection = pending.get(argument % pending.size());
            Objection.Outcome outcome = argument / 7 % 2 == 0 ? Objection.Outcome.UPHELD : Objection.Outcome.REJECTED;
            objections.set(objections.indexOf(objection), new Objection(objection.id(), objection.objector(),
                    objection.capacity(), objection.receivedOn(), objection.items(), objection.grounds(),
                    objection.recordedBy(), objection.recordedAt(),
                    new Objection.Ruling(outcome, "reasons", "judge", Instant.EPOCH)));
            if (outcome == Objection.Outcome.UPHELD) {
                for (String id : objection.items()) {
                    items.stream().filter(i -> i.id().equals(id)).findFirst()
                            .ifPresent(i -> replace(i.withheldBy(objection.id())));
                    upheld.add(id);
                }
            }
        }

        /** Someone asks the chain to transmit, with the dossier's verdict as the fact the guard reads. */
        private void transmit(int argument) {
            Role role = argument % 4 == 0 ? Role.values()[argument / 4 % Role.values().length]
                    : Role.INVESTIGATING_JUDGE;
            Dossier dossier = new Dossier(items, incidents, objections, notifiedOn, List.of(), REMEDY,
                    namedInWhatLeaves());
            List<Object> facts = argument % 9 == 0 ? List.of()
                    : List.of(new PolicyCheck(FeaturePolicy.NOTHING_HOLDS_BACK_TRANSMISSION, dossier.mayTransmit(today)));
            CaseFile file = new CaseFile("c", state, 1, true, 1, List.of(), List.of());
            if (CHAIN.check(new Attempt(file, role, Step.TRANSMISSION_APPROVED, List.of(), facts))
                    instanceof Verdict.Allowed) {
                assertSafe(dossier.outgoing());
                state = CaseState.TRANSMITTED;
                TRANSMITTED.incrementAndGet();
            }
        }

        private void assertSafe(List<Dossier.Outgoing> outgoing) {
            assertThat(openIncidents).as("incidents open at transmission").isEmpty();
            assertThat(notifiedOn).as("notification").isNotNull();
            assertThat(today).as("the day of transmission").isAfter(notifiedOn.plus(REMEDY));
            for (Dossier.Outgoing leaving : outgoing) {
                String id = leaving.item().id();
                Review.Decision review = accepted.get(id);
                assertThat(review).as(id + " reviewed").isIn(Review.Decision.CLEARED, Review.Decision.REDACTED);
                assertThat(leaving.version()).isEqualTo(review == Review.Decision.REDACTED
                        ? Dossier.Version.REDACTED : Dossier.Version.ORIGINAL);
                assertThat(upheld).as("items withheld on an objection").doesNotContain(id);
                assertThat(objections).filteredOn(o -> o.ruling() == null && o.items().contains(id))
                        .as("objections pending on " + id).isEmpty();
                if (!leaving.item().findings().isEmpty()) {
                    assertThat(review).as(id + " names protected persons").isEqualTo(Review.Decision.REDACTED);
                }
                assertThat(review == Review.Decision.REDACTED ? namedInRedaction.getOrDefault(id, Set.of())
                        : registeredSince.getOrDefault(id, Set.of())).as("persons registered since " + id
                        + " was uploaded, named in what leaves").isEmpty();
            }
        }

        private void replace(ResultItem item) {
            items.replaceAll(i -> i.id().equals(item.id()) ? item : i);
        }
    }
}
