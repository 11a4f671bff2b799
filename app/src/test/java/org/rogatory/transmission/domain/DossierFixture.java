package org.rogatory.transmission.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rogatory.transmission.domain.ResultItem.Content;
import org.rogatory.transmission.domain.ResultItem.ItemFinding;
import org.rogatory.transmission.domain.ResultItem.ItemKind;

/** Results of the case study for tests: a client list naming refugees, a trust agreement, a hearing record. */
final class DossierFixture {

    static final Instant NOW = Instant.parse("2025-10-10T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2025, 10, 10);
    static final Period FIFTEEN_DAYS = Period.ofDays(15);
    static final Content TEXT = new Content("text/plain", "ab".repeat(32), 100);

    static ResultItem item(String id, int number, ItemFinding... findings) {
        return new ResultItem(id, number, ItemKind.SEIZED_DOCUMENT, "item " + number, null, "desk", TEXT,
                List.of(findings), null, null);
    }

    static ItemFinding finding(String registerId) {
        return new ItemFinding("IF-" + registerId, registerId, "Name of " + registerId, "mention", 0.9);
    }

    static Review review(Review.Decision decision) {
        return new Review(1, decision, "reasons", "reviewer", NOW, decision == Review.Decision.REDACTED ? "cd" : null);
    }

    static Objection objection(String id, List<String> items, Objection.Outcome ruled) {
        return new Objection(id, "counsel", Objection.Capacity.COUNSEL, TODAY, items, "grounds", "clerk", NOW,
                ruled == null ? null : new Objection.Ruling(ruled, "reasons", "judge", NOW));
    }

    private final List<ResultItem> items = new ArrayList<>();
    private final List<IncidentState> incidents = new ArrayList<>();
    private final List<Objection> objections = new ArrayList<>();
    private LocalDate notifiedOn = TODAY.minusDays(20);
    private final List<PersonsToNotify.Concerned> notYetNotified = new ArrayList<>();
    private final Map<String, List<ItemFinding>> namedInWhatLeaves = new HashMap<>();

    static DossierFixture aDossier() {
        return new DossierFixture();
    }

    DossierFixture with(ResultItem... items) {
        this.items.addAll(List.of(items));
        return this;
    }

    DossierFixture withIncident(String id, boolean open) {
        incidents.add(new IncidentState(id, "incident " + id, open));
        return this;
    }

    DossierFixture withObjection(Objection objection) {
        objections.add(objection);
        return this;
    }

    /** The register, as it is now, finds {@code named} in the version of item {@code itemId} that would leave. */
    DossierFixture naming(String itemId, ItemFinding... named) {
        namedInWhatLeaves.put(itemId, List.of(named));
        return this;
    }

    DossierFixture notifiedOn(LocalDate date) {
        notifiedOn = date;
        return this;
    }

    DossierFixture notYetNotified(PersonsToNotify.Concerned concerned) {
        notYetNotified.add(concerned);
        return this;
    }

    Dossier build() {
        return new Dossier(items, incidents, objections, notifiedOn, notYetNotified, FIFTEEN_DAYS, namedInWhatLeaves);
    }
}
