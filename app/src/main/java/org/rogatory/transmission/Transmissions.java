package org.rogatory.transmission;

import static org.rogatory.audit.AuditTrail.details;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.rogatory.access.User;
import org.rogatory.audit.Actor;
import org.rogatory.audit.AuditTrail;
import org.rogatory.casework.Casework;
import org.rogatory.casework.CaseworkRefusal;
import org.rogatory.casework.Views.ReasonView;
import org.rogatory.casework.domain.CaseFile;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.Decision;
import org.rogatory.casework.domain.FeaturePolicy;
import org.rogatory.casework.domain.PolicyCheck;
import org.rogatory.casework.domain.ProposalDefect;
import org.rogatory.casework.domain.Step;
import org.rogatory.casework.domain.Verdict;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.transmission.TransmissionViews.OutgoingView;
import org.rogatory.transmission.TransmissionViews.TransmissionView;
import org.rogatory.transmission.domain.Dossier;
import org.rogatory.transmission.domain.UseLimitation;
import org.rogatory.web.ProblemException;
import org.rogatory.web.ProblemKind;
import org.rogatory.web.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transmission (DESIGN.md §6): one act by the investigating judge that packages the cleared
 * items (the redacted version of redacted ones), each with its SHA-256, the authorising decision,
 * channel, recipient and the use-limitation clause, and sends the request to TRANSMITTED. It is
 * refused while anything holds it back, naming each thing. Nothing else exports case material to
 * a requesting state.
 */
@Service
@Transactional(noRollbackFor = ProblemException.class)
public class Transmissions {

    /** The most characters a channel (DIPLOMATIC, EUROJUST, DIRECT) may have. */
    static final int CHANNEL_LENGTH = 40;

    private final Casework casework;
    private final ResultRecords records;
    private final Dossiers dossiers;
    private final TransmissionPackage packages;
    private final WorkingLanguages languages;
    private final AuditTrail audit;
    private final Clock clock;

    Transmissions(Casework casework, ResultRecords records, Dossiers dossiers, TransmissionPackage packages,
            WorkingLanguages languages, AuditTrail audit, Clock clock) {
        this.casework = casework;
        this.records = records;
        this.dossiers = dossiers;
        this.packages = packages;
        this.languages = languages;
        this.audit = audit;
        this.clock = clock;
    }

    /** What would leave and what holds it back; once sent, what left. No item content. */
    public TransmissionView view(String id, User user) {
        CaseFile file = casework.caseFor(id, user);
        audit.record(Actor.of(user), "transmission.read", id, null, details());
        Dossier dossier = dossiers.toLeave(file);
        List<ReasonView> blockers = file.state() == CaseState.RESULTS_REVIEW
                && Verdict.all(List.of(dossier.mayTransmit(today()), file.gatingFindingsAnswered()))
                instanceof Verdict.Blocked blocked
                ? blocked.reasons().stream().map(r -> ReasonView.of(r, file)).toList() : List.of();
        return new TransmissionView(file.state(), dossier.outgoing().stream().map(OutgoingView::of).toList(),
                blockers, dossier.remedyPeriodEnds().orElse(null), records.transmission(id).orElse(null));
    }

    /**
     * The judge transmits (INVESTIGATING_JUDGE): refused (409) while an item is not reviewed or names
     * a protected person unresolved, an incident is open, an objection pending, or the remedy period
     * running, every one named. Otherwise the package is written, recorded and returned, and the
     * request is TRANSMITTED.
     */
    public Sent transmit(String id, String channel, String recipient, User judge) {
        CaseFile file = casework.caseForUpdate(id, judge);
        List<ProposalDefect> defects = new ArrayList<>();
        ProposalDefect.ofRequiredText("/channel", channel, CHANNEL_LENGTH,
                "is required: how the package goes (e.g. DIPLOMATIC)").ifPresent(defects::add);
        ProposalDefect.ofRequiredText("/recipient", recipient, ProposalDefect.SHORT_TEXT,
                "is required: the authority that receives the package").ifPresent(defects::add);
        if (!defects.isEmpty()) {
            throw CaseworkRefusal.invalid(defects);
        }
        Dossier dossier = dossiers.toLeave(file);
        PolicyCheck check = new PolicyCheck(FeaturePolicy.NOTHING_HOLDS_BACK_TRANSMISSION, dossier.mayTransmit(today()));
        casework.advance(id, Step.TRANSMISSION_APPROVED, judge, List.of(check));
        CooperationRequest request = casework.request(file);
        Instant now = now();
        List<TransmissionPackage.Leaving> leaving = dossier.outgoing().stream().map(this::leaving).toList();
        TransmissionPackage.Written written = packages.write(new TransmissionPackage.Act(UUID.randomUUID().toString(),
                id, request, authorising(file), channel, recipient, languages.of(request.requestingState()),
                judge.username(), now), leaving);
        casework.advance(id, Step.PACKAGE_SENT, judge, List.of(check));
        SentPackage sent = written.sent();
        records.insertTransmission(id, sent, written.zip());
        audit.record(Actor.of(judge), "transmission.sent", id, "transmission/" + sent.id(), details(
                "channel", channel, "recipient", recipient, "packageSha256", sent.packageSha256(),
                "items", sent.items().stream().map(i -> i.itemId() + " " + i.version() + " " + i.sha256()).toList(),
                "withheld", dossier.items().stream().filter(i -> !i.status().mayLeave()).map(i -> i.id()).toList(),
                "useLimitation", UseLimitation.GROUNDS, "languages", sent.languages()));
        return new Sent(sent, written.zip());
    }

    /**
     * The package that left, byte for byte, for the judge who may transmit (a transmission done in
     * the browser hands it over here): nothing new leaves, and each copy is audited. 404 before the
     * transmission.
     */
    public Sent transmitted(String id, User judge) {
        casework.caseFor(id, judge);
        SentPackage sent = records.transmission(id).orElseThrow(Transmissions::nothingTransmitted);
        byte[] zip = records.transmittedPackage(id).orElseThrow(Transmissions::nothingTransmitted);
        audit.record(Actor.of(judge), "transmission.package.read", id, "transmission/" + sent.id(),
                details("packageSha256", sent.packageSha256()));
        return new Sent(sent, zip);
    }

    private static ProblemException nothingTransmitted() {
        return Problems.exception(Problems.of(ProblemKind.NOT_FOUND, "Nothing has been transmitted for this request."));
    }

    /** The central authority closes the file once the results are transmitted (CENTRAL_AUTHORITY). */
    public CaseState close(String id, User central) {
        return casework.advance(id, Step.FILE_CLOSED, central, List.of()).to();
    }

    /**
     * The item's bytes in the version that may leave. The original must still be what was uploaded:
     * a stored content whose hash changed is not sent.
     */
    private TransmissionPackage.Leaving leaving(Dossier.Outgoing outgoing) {
        var item = outgoing.item();
        if (outgoing.version() == Dossier.Version.REDACTED) {
            byte[] redacted = records.redactedText(item.id()).orElseThrow().getBytes(StandardCharsets.UTF_8);
            if (!ItemTexts.sha256(redacted).equals(item.review().redactedSha256())) {
                throw new IllegalStateException("the redacted version of item " + item.id() + " changed since review");
            }
            return new TransmissionPackage.Leaving(outgoing, ItemTexts.TEXT, redacted);
        }
        byte[] original = records.original(item.id()).orElseThrow();
        if (!ItemTexts.sha256(original).equals(item.content().sha256())) {
            throw new IllegalStateException("the content of item " + item.id() + " changed since it was uploaded");
        }
        return new TransmissionPackage.Leaving(outgoing, item.content().mediaType(), original);
    }

    /** The decision that let the request be executed: the judge's AUTHORISE, or the prosecutor's EXECUTE. */
    private static Decision authorising(CaseFile file) {
        return file.decisions().stream()
                .filter(d -> d.effective() && d.toState() == CaseState.EXECUTION_PLANNING)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("case " + file.id() + " was executed without a decision"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** What the transmission sent: the record and the package itself. */
    public record Sent(SentPackage record, byte[] zip) {
    }
}
