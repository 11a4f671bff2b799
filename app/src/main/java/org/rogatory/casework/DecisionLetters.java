package org.rogatory.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.rogatory.RogatoryApplication;
import org.rogatory.access.Language;
import org.rogatory.access.User;
import org.rogatory.audit.Actor;
import org.rogatory.audit.AuditTrail;
import org.rogatory.casework.Views.CaseView;
import org.rogatory.casework.Views.DecisionView;
import org.rogatory.casework.Views.FindingView;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.casework.domain.FindingDisposition;
import org.rogatory.casework.domain.LegalGround;
import org.rogatory.casework.domain.LegalGroundCatalogue;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.letters.Letter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The letter of a decision, in any of the four languages: what was decided, by whom and when, on which
 * grounds and for which reasons, how each finding was answered, and for a judge's authorisation what it
 * allows. The words are the letter's language; the author's reasons, names and places stay as written.
 * Only for a user who may read the case; reading one is audited.
 */
@Component
public class DecisionLetters {

    private final Casework casework;
    private final LegalGroundCatalogue grounds;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final JsonMapper json;

    DecisionLetters(Casework casework, LegalGroundCatalogue grounds, MessageSource messages, AuditTrail audit,
                    JsonMapper json) {
        this.casework = casework;
        this.grounds = grounds;
        this.messages = messages;
        this.audit = audit;
        this.json = json;
    }

    /** The letter of one decision of the case as a PDF; 404 for a decision the case does not have. */
    @Transactional
    public byte[] pdf(String id, String decisionId, Language language, User reader) {
        CaseView view = casework.read(id, reader);
        DecisionView decision = view.decisions().stream().filter(d -> d.id().equals(decisionId)).findFirst()
                .orElseThrow(CaseworkRefusal::noSuchDecision);
        byte[] pdf = new Composer(language.locale(), json.treeToValue(view.request(), CooperationRequest.class))
                .letter(view, decision);
        audit.record(Actor.of(reader), "decision.letter.read", id, "decision/" + decisionId,
                Map.of("language", language.name()));
        return pdf;
    }

    /** The name a letter is saved under: the decision and the language (d-12ab-fr.pdf). */
    public static String fileName(String decisionId, Language language) {
        return decisionId + "-" + language.code() + ".pdf";
    }

    /** Writes one letter in one language. */
    private final class Composer {

        private final Locale locale;
        private final CooperationRequest request;

        Composer(Locale locale, CooperationRequest request) {
            this.locale = locale;
            this.request = request;
        }

        byte[] letter(CaseView view, DecisionView decision) {
            Letter letter = Letter.titled(text("decision-letter.title"))
                    .line(text("letter.to"), (request.requestingAuthority() == null ? ""
                            : request.requestingAuthority().name() + " ") + "(" + request.requestingState() + ")")
                    .line(text("letter.your-reference"), request.foreignReference())
                    .line(text("letter.our-reference"), view.id())
                    .line(text("decision-letter.decision"), decision.id())
                    .line(text("letter.date"), date(decision.decidedAt()))
                    .line(text("decision-letter.outcome"), text("decision-letter.outcome." + decision.outcome()))
                    .line(text("decision-letter.move"), text("state." + decision.fromState()) + " → "
                            + text("state." + decision.toState()))
                    .line(text("decision-letter.status"), status(decision));
            if (!decision.grounds().isEmpty()) {
                letter.heading(text("decision-letter.grounds"));
                for (String code : decision.grounds()) {
                    letter.paragraph(grounds.get(code).map(LegalGround::citation)
                            .map(citation -> code + " — " + citation).orElse(code));
                }
            }
            letter.heading(text("decision-letter.reasons")).paragraph(Objects.toString(decision.reasons(), ""));
            if (!decision.findings().isEmpty()) {
                letter.heading(text("decision-letter.findings"));
                for (FindingDisposition answer : decision.findings()) {
                    letter.paragraph(finding(view, answer.findingId()) + " — "
                            + text("disposition." + answer.disposition()) + ": " + Objects.toString(answer.reasons(), ""));
                }
            }
            if (decision.authorisation() != null) {
                authorisation(letter, decision.authorisation());
            }
            return letter.paragraph(text("role." + decision.role()) + "\n" + decision.author()).pdf();
        }

        private void authorisation(Letter letter, Authorisation authorisation) {
            letter.heading(text("decision-letter.authorised-measures"));
            for (int i = 0; i < request.measures().size(); i++) {
                if (authorisation.covers(i)) {
                    var measure = request.measures().get(i);
                    List<String> where = new ArrayList<>();
                    authorisation.placesFor(i).forEach(p -> where.add(p.address() + ", " + p.city()));
                    letter.paragraph((i + 1) + ". " + text("measure." + measure.type())
                            + (measure.premises() == null ? "" : " — " + text("premises." + measure.premises()))
                            + (where.isEmpty() ? "" : "\n" + text("decision-letter.only-at") + " " + String.join("; ", where)));
                }
            }
            letter.heading(text("decision-letter.observers"));
            if (authorisation.foreignOfficials().isEmpty()) {
                letter.paragraph(text("decision-letter.no-observers"));
            }
            for (var official : authorisation.foreignOfficials()) {
                letter.paragraph(official.name() + " — " + official.function()
                        + (official.identityDocument() == null ? "" : " (" + official.identityDocument() + ")"));
            }
            if (authorisation.conditions() != null) {
                letter.heading(text("decision-letter.conditions")).paragraph(authorisation.conditions());
            }
        }

        private String status(DecisionView decision) {
            String status = text("decisionStatus." + decision.status());
            return decision.approval() == null ? status : status + " — " + messages.getMessage("case.decision.approved",
                    new Object[] {decision.approval().approver(), date(decision.approval().approvedAt())}, locale);
        }

        private String finding(CaseView view, String findingId) {
            return view.findings().stream().filter(f -> f.id().equals(findingId)).findFirst()
                    .map(FindingView::code).map(code -> text("finding." + code)).orElse(findingId);
        }

        private String date(java.time.Instant at) {
            return Letter.date(LocalDate.ofInstant(at, RogatoryApplication.JURISDICTION_ZONE), locale);
        }

        private String text(String key) {
            return messages.getMessage(key, null, locale);
        }
    }
}
