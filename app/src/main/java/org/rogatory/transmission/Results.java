package org.rogatory.transmission;

import static org.rogatory.audit.AuditTrail.details;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.rogatory.access.User;
import org.rogatory.audit.Actor;
import org.rogatory.audit.AuditTrail;
import org.rogatory.casework.Casework;
import org.rogatory.casework.CaseworkRefusal;
import org.rogatory.casework.Views.ReasonView;
import org.rogatory.casework.domain.CaseFile;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.FeaturePolicy;
import org.rogatory.casework.domain.PolicyCheck;
import org.rogatory.casework.domain.ProposalDefect;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Step;
import org.rogatory.casework.domain.Verdict;
import org.rogatory.execution.ExecutionReported;
import org.rogatory.execution.domain.ExecutionReport;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.transmission.TransmissionViews.ItemView;
import org.rogatory.transmission.TransmissionViews.ResultsView;
import org.rogatory.transmission.domain.Dossier;
import org.rogatory.transmission.domain.ItemReview;
import org.rogatory.transmission.domain.ResultItem;
import org.rogatory.transmission.domain.ResultItem.Content;
import org.rogatory.transmission.domain.ResultItem.ItemFinding;
import org.rogatory.transmission.domain.ResultItem.ItemKind;
import org.rogatory.transmission.domain.ResultsComplete;
import org.rogatory.transmission.domain.Review;
import org.rogatory.web.ProblemException;
import org.rogatory.web.ProblemKind;
import org.rogatory.web.Problems;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of the execution (DESIGN.md §6): the items the report yields (and any the police
 * add, such as bank records), their contents, and the independent review that clears, redacts or
 * withholds each. Contents are read only here, by those who work on them; nothing here sends
 * anything anywhere.
 */
@Service
@Transactional(noRollbackFor = ProblemException.class)
public class Results {

    private final Casework casework;
    private final ResultRecords records;
    private final ItemTexts texts;
    private final Dossiers dossiers;
    private final AuditTrail audit;
    private final Clock clock;

    Results(Casework casework, ResultRecords records, ItemTexts texts, Dossiers dossiers, AuditTrail audit,
            Clock clock) {
        this.casework = casework;
        this.records = records;
        this.texts = texts;
        this.dossiers = dossiers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The items and what holds them back now, for anyone who needs to know the case; no content. */
    public ResultsView view(String id, User user) {
        CaseFile file = casework.caseFor(id, user);
        audit.record(Actor.of(user), "results.read", id, null, details());
        Dossier dossier = dossiers.toLeave(file);
        Verdict verdict = switch (file.state()) {
            case EXECUTED -> ResultsComplete.check(dossier.items());
            case RESULTS_REVIEW -> Verdict.all(List.of(dossier.mayTransmit(LocalDate.now(clock)),
                    file.gatingFindingsAnswered()));
            default -> Verdict.ALLOWED;
        };
        List<ReasonView> blockers = verdict instanceof Verdict.Blocked blocked
                ? blocked.reasons().stream().map(r -> ReasonView.of(r, file)).toList() : List.of();
        return new ResultsView(file.state(), dossier.items().stream().map(ItemView::of).toList(), blockers);
    }

    /** The report's seizures and hearings become items; a hearing's record is its content from the start. */
    @EventListener
    void onExecutionReported(ExecutionReported reported) {
        CaseFile file = casework.caseFor(reported.caseId(), reported.filedBy());
        CooperationRequest request = casework.request(file);
        Actor police = Actor.of(reported.filedBy());
        int number = records.items(file.id());
        for (ExecutionReport.SeizedItem seized : reported.seized()) {
            ItemKind kind = seized.kind() == ExecutionReport.SeizedKind.DATA_CARRIER
                    ? ItemKind.DATA_CARRIER_COPY : ItemKind.SEIZED_DOCUMENT;
            add(file, new ResultItem(UUID.randomUUID().toString(), ++number, kind, seized.label(), seized.description(),
                    seized.placeFound(), null, List.of(), null, null), police);
        }
        for (ExecutionReport.Hearing hearing : reported.hearings()) {
            ResultItem item = add(file, new ResultItem(UUID.randomUUID().toString(), ++number, ItemKind.HEARING_RECORD,
                    "Hearing of " + hearing.person() + " on " + hearing.heldOn(), null, null, null, List.of(), null,
                    null), police);
            store(file, request, item, ItemTexts.TEXT, hearing.record().getBytes(StandardCharsets.UTF_8),
                    hearing.record(), police);
        }
    }

    /**
     * An item the report did not list, such as a bank record (POLICE, while EXECUTED); not a seized one,
     * whose seizure the report records and the incident rules check.
     */
    public ItemView addItem(String id, ItemKind kind, String label, String description, User police) {
        CaseFile file = casework.caseForUpdate(id, police);
        List<ProposalDefect> defects = new ArrayList<>();
        if (kind == null) {
            defects.add(new ProposalDefect("/kind", "is required"));
        } else if (!kind.addedAfterTheReport()) {
            defects.add(new ProposalDefect("/kind", "a seizure is reported with the execution, where it is checked "
                    + "against the judge's authorisation; add here what was produced, such as a bank record"));
        }
        ProposalDefect.ofRequiredText("/label", label, ProposalDefect.SHORT_TEXT, "is required").ifPresent(defects::add);
        if (!defects.isEmpty()) {
            throw CaseworkRefusal.invalid(defects);
        }
        casework.requireState(file, police, "result-item.refused", CaseState.EXECUTED);
        ResultItem item = add(file, new ResultItem(UUID.randomUUID().toString(), records.items(id) + 1, kind, label,
                description, null, null, List.of(), null, null), Actor.of(police));
        return ItemView.of(item);
    }

    /**
     * The item's content (POLICE, while EXECUTED): text, or a PDF whose text is extracted. The text is
     * screened for protected persons; each one named, other than the request's persons, becomes a
     * finding on the item. A new upload replaces the content and its findings.
     */
    public ItemView uploadContent(String id, String itemId, String mediaType, byte[] content, User police) {
        CaseFile file = casework.caseForUpdate(id, police);
        ResultItem item = item(file, itemId);
        casework.requireState(file, police, "result-item.content.refused", CaseState.EXECUTED);
        String text;
        try {
            text = ItemTexts.textOf(mediaType, content);
        } catch (ItemTexts.Unreadable e) {
            audit.record(Actor.of(police), "result-item.content.refused", id, "item/" + itemId,
                    details("why", e.getMessage()));
            throw CaseworkRefusal.invalid(List.of(new ProposalDefect("", e.getMessage())));
        }
        if (text.isBlank()) {
            throw CaseworkRefusal.invalid(List.of(new ProposalDefect("", "the content is empty")));
        }
        ResultItem stored = store(file, casework.request(file), item, mediaType, content, text, Actor.of(police));
        casework.involve(id, police, "RESULTS");
        return ItemView.of(stored);
    }

    /**
     * An item's content, for those who work on it (police, privilege reviewer, judge) and need to
     * know the case: the original, the redacted version, or the text. Every read is audited. This
     * is not a way out of the country: only the transmission sends anything to the requesting state.
     */
    public ItemContent content(String id, String itemId, ContentVersion version, User user) {
        CaseFile file = casework.caseFor(id, user);
        ResultItem item = item(file, itemId);
        if (item.content() == null) {
            throw notFound("This item has no content yet.");
        }
        ItemContent content = switch (version) {
            case ORIGINAL -> new ItemContent(item.content().mediaType(), records.original(itemId).orElseThrow());
            case TEXT -> new ItemContent(ItemTexts.TEXT, records.text(itemId).orElseThrow()
                    .getBytes(StandardCharsets.UTF_8));
            case REDACTED -> new ItemContent(ItemTexts.TEXT, records.redactedText(itemId)
                    .orElseThrow(() -> notFound("This item has no redacted version."))
                    .getBytes(StandardCharsets.UTF_8));
        };
        audit.record(Actor.of(user), "result-item.content.read", id, "item/" + itemId,
                details("version", version.name(), "sha256", ItemTexts.sha256(content.bytes())));
        return content;
    }

    /** The results go to the privilege reviewer (POLICE): every item must have its content. */
    public ResultsView submit(String id, User police) {
        CaseFile file = casework.caseForUpdate(id, police);
        List<ResultItem> items = records.itemsOf(id);
        casework.advance(id, Step.RESULTS_SUBMITTED, police,
                List.of(new PolicyCheck(FeaturePolicy.RESULTS_COMPLETE, ResultsComplete.check(items))));
        audit.record(Actor.of(police), "results.submitted", id, null, details("items", items.size()));
        return new ResultsView(CaseState.RESULTS_REVIEW, items.stream().map(ItemView::of).toList(), List.of());
    }

    /**
     * The privilege reviewer's decision on an item (PRIVILEGE_REVIEWER, while RESULTS_REVIEW):
     * CLEARED, REDACTED (with the redacted text, which must no longer name the protected persons
     * found) or WITHHELD, always with reasons. Reviewers are independent of the investigation: no
     * other role may review. A review of an item reviewed before names the review it replaces
     * ({@code replaces}), as it stands: two reviewers, or one reviewer's two tabs, do not both have their
     * contradictory decisions acknowledged, the later silently overturning the earlier.
     */
    public ItemView review(String id, String itemId, Review.Decision decision, String reasons, String redactedText,
            Integer replaces, User reviewer) {
        CaseFile file = casework.caseForUpdate(id, reviewer);
        List<ProposalDefect> defects = new ArrayList<>();
        if (decision == null) {
            defects.add(new ProposalDefect("/decision", "is required: CLEARED, REDACTED or WITHHELD"));
        }
        if (reasons == null || reasons.isBlank()) {
            defects.add(new ProposalDefect("/reasons", "a review gives its reasons"));
        }
        if (decision == Review.Decision.REDACTED && (redactedText == null || redactedText.isBlank())) {
            defects.add(new ProposalDefect("/redactedText", "a redaction gives the redacted text"));
        }
        if (decision != Review.Decision.REDACTED && redactedText != null) {
            defects.add(new ProposalDefect("/redactedText", "only a redaction has a redacted text"));
        }
        ResultItem item = item(file, itemId);
        if (!defects.isEmpty()) {
            throw CaseworkRefusal.invalid(defects);
        }
        casework.requireState(file, reviewer, "result-item.review.refused", CaseState.RESULTS_REVIEW);
        int latest = item.review() == null ? 0 : item.review().number();
        if ((replaces == null ? 0 : replaces) != latest) {
            throw casework.refusal(file, reviewer, "result-item.review.refused", latest == 0
                    ? "The item has no review to replace." : "The item's review " + latest + " is not the one named.",
                    List.of(Reason.about(latest == 0 ? "item-not-reviewed" : "item-reviewed-since", "item/" + itemId,
                            latest == 0 ? "The item has not been reviewed: a first review replaces none."
                                    : "Review " + latest + " (" + item.review().decision() + ", by "
                                            + item.review().reviewer() + ") stands: a review that replaces it "
                                            + "names it (replacesReview " + latest + ").")));
        }
        Verdict verdict = ItemReview.check(item, decision, namedInWhatWouldLeave(item, decision, redactedText, file));
        if (verdict instanceof Verdict.Blocked blocked) {
            throw casework.refusal(file, reviewer, "result-item.review.refused", "The item cannot be " + decision + " so.",
                    blocked.reasons());
        }
        String redactedSha = redactedText == null ? null
                : ItemTexts.sha256(redactedText.getBytes(StandardCharsets.UTF_8));
        Review review = new Review(latest + 1, decision, reasons, reviewer.username(), now(), redactedSha);
        records.insertReview(itemId, UUID.randomUUID().toString(), review, redactedText);
        casework.involve(id, reviewer, "REVIEWED");
        audit.record(Actor.of(reviewer), "result-item.reviewed", id, "item/" + itemId, details(
                "decision", decision.name(), "findings", item.findings().stream().map(ItemFinding::registerId).toList(),
                "redactedSha256", redactedSha));
        return ItemView.of(item.reviewed(review));
    }

    /** The protected persons the version that a review lets leave names, by the register as it is now. */
    private Set<String> namedInWhatWouldLeave(ResultItem item, Review.Decision decision, String redactedText,
            CaseFile file) {
        return switch (decision) {
            case REDACTED -> texts.namedIn(redactedText, casework.request(file));
            case CLEARED -> records.text(item.id()).map(text -> texts.namedIn(text, casework.request(file)))
                    .orElse(Set.of());
            case WITHHELD -> Set.of();
        };
    }

    private ResultItem add(CaseFile file, ResultItem item, Actor by) {
        records.insertItem(file.id(), item, by.username(), now());
        audit.record(by, "result-item.added", file.id(), "item/" + item.id(),
                details("number", item.number(), "kind", item.kind().name(), "label", item.label()));
        return item;
    }

    private ResultItem store(CaseFile file, CooperationRequest request, ResultItem item, String mediaType,
            byte[] content, String text, Actor by) {
        Content stored = new Content(mediaType, ItemTexts.sha256(content), content.length);
        List<ItemFinding> findings = texts.findings(item.id(), text, request);
        records.replaceContent(item.id(), stored, content, text, findings, by.username(), now());
        audit.record(by, "result-item.content.stored", file.id(), "item/" + item.id(), details(
                "mediaType", mediaType, "sha256", stored.sha256(), "size", stored.size(),
                "protectedPersonsNamed", findings.stream().map(ItemFinding::registerId).toList()));
        return item.withContent(stored, findings);
    }

    private ResultItem item(CaseFile file, String itemId) {
        return records.itemsOf(file.id()).stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> notFound("There is no item with this id on this request."));
    }



    private static ProblemException notFound(String detail) {
        return Problems.exception(Problems.of(ProblemKind.NOT_FOUND, detail));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Which version of an item's content to read. */
    public enum ContentVersion {
        ORIGINAL,
        REDACTED,
        TEXT
    }

    /** An item's content as read: its media type and bytes. */
    public record ItemContent(String mediaType, byte[] bytes) {
    }
}
