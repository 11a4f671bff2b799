package org.rogatory.casework.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rogatory.casework.domain.Authorisation.AuthorisedPlace;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.screening.domain.StreetAddress;

/**
 * A decision as its author proposes it: outcome, ground codes, reasons, answers to findings and,
 * for a judge's AUTHORISE, what the authorisation covers (null: the authorisation in force stays, when
 * the judge authorises again after a later finding; the request as it stands and no foreign official, when
 * none is in force). Whether it may take effect is the {@link Chain}'s question; whether it is well formed
 * is this class's.
 */
public record Proposal(Outcome outcome, List<String> grounds, String reasons, List<FindingDisposition> dispositions,
        Authorisation authorisation) {

    public Proposal {
        // nulls inside the lists are kept, so that defects() can point at them
        grounds = grounds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(grounds));
        dispositions = dispositions == null ? List.of()
                : dispositions.stream().map(d -> d == null ? new FindingDisposition(null, null, null) : d).toList();
    }

    /** The most characters a decision's reasons may have (the decide form's limit). */
    public static final int REASONS_TEXT = 20_000;
    /** The most characters the reasons of one finding's answer may have (the decide form's limit). */
    public static final int ANSWER_TEXT = 5_000;

    public Proposal(Outcome outcome, List<String> grounds, String reasons, List<FindingDisposition> dispositions) {
        this(outcome, grounds, reasons, dispositions, null);
    }

    /**
     * Defects visible in the proposal itself: a missing outcome, a ground the catalogue lacks, a
     * decision without written reasons, a refusal without grounds (ECMA art. 19, UNCAC 46(23)), a
     * finding set aside without reasons, the same finding answered twice, an authorisation that is
     * not a judge's AUTHORISE or names a foreign official without name, function and identity
     * document, or for more than observing.
     */
    public List<ProposalDefect> defects(LegalGroundCatalogue catalogue) {
        List<ProposalDefect> defects = new ArrayList<>();
        if (outcome == null) {
            defects.add(new ProposalDefect("/outcome", "is required"));
        }
        for (int i = 0; i < grounds.size(); i++) {
            if (!catalogue.contains(grounds.get(i))) {
                defects.add(new ProposalDefect("/grounds/" + i,
                        "\"" + grounds.get(i) + "\" is not a code of the legal-ground catalogue"));
            }
        }
        if (isBlank(reasons)) {
            // DESIGN.md §3: every move is a decision with written reasons, the record of why each filter let it through
            defects.add(new ProposalDefect("/reasons", outcome == Outcome.REFUSE ? "a refusal must give its reasons"
                    : "a decision gives its written reasons"));
        } else if (reasons.length() > REASONS_TEXT) {
            defects.add(new ProposalDefect("/reasons", "at most " + REASONS_TEXT + " characters"));
        }
        if (outcome == Outcome.REFUSE) {
            boolean upholdsAFinding = dispositions.stream().anyMatch(d -> d.disposition() == Disposition.UPHELD);
            if (grounds.isEmpty() && !upholdsAFinding) {
                defects.add(new ProposalDefect("/grounds", "a refusal must cite at least one legal ground"));
            }
        }
        if (authorisation != null) {
            if (outcome != null && outcome != Outcome.AUTHORISE) {
                defects.add(new ProposalDefect("/authorisation", "only an AUTHORISE decision authorises an execution"));
            }
            defects.addAll(authorisation.defects());
        }
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < dispositions.size(); i++) {
            FindingDisposition answer = dispositions.get(i);
            if (isBlank(answer.findingId())) {
                defects.add(new ProposalDefect("/findings/" + i + "/findingId", "is required"));
            } else if (!answered.add(answer.findingId())) {
                defects.add(new ProposalDefect("/findings/" + i + "/findingId", "answers the same finding twice"));
            }
            if (answer.disposition() == null) {
                defects.add(new ProposalDefect("/findings/" + i + "/disposition", "is required"));
            } else if (answer.disposition().needsReasons() && isBlank(answer.reasons())) {
                defects.add(new ProposalDefect("/findings/" + i + "/reasons",
                        "a finding " + answer.disposition().name().toLowerCase() + " needs reasons"));
            } else if (answer.reasons() != null && answer.reasons().length() > ANSWER_TEXT) {
                defects.add(new ProposalDefect("/findings/" + i + "/reasons", "at most " + ANSWER_TEXT + " characters"));
            }
        }
        return defects;
    }

    /**
     * Defects against the case: answers to findings the case does not have, an authorisation of a measure
     * the request, which has {@code measures}, does not have, a place named for a measure done at no
     * premises or whose street address the request gives (it would have no effect: the plan keeps to the
     * request's address).
     */
    public List<ProposalDefect> defects(CaseFile file, List<Measure> measures) {
        List<ProposalDefect> defects = new ArrayList<>();
        if (authorisation != null) {
            for (int i = 0; i < authorisation.measures().size(); i++) {
                Integer measure = authorisation.measures().get(i);
                if (measure != null && measure >= measures.size()) {
                    defects.add(new ProposalDefect("/authorisation/measures/" + i,
                            "the request has no measure " + measure + " (it has " + measures.size() + ")"));
                }
            }
            for (int i = 0; i < authorisation.places().size(); i++) {
                AuthorisedPlace place = authorisation.places().get(i);
                if (place == null || place.measure() == null || place.measure() < 0) {
                    continue;
                }
                String at = "/authorisation/places/" + i + "/measure";
                if (place.measure() >= measures.size()) {
                    defects.add(new ProposalDefect(at, "the request has no measure " + place.measure()));
                } else if (!measures.get(place.measure()).entersPremises()) {
                    defects.add(new ProposalDefect(at, "measure " + place.measure() + " ("
                            + measures.get(place.measure()).type() + ") is done at no premises"));
                } else if (StreetAddress.of(measures.get(place.measure()).address()) != null) {
                    defects.add(new ProposalDefect(at, "the request gives the street address of measure "
                            + place.measure() + ", which is where it is done"));
                }
            }
        }
        for (int i = 0; i < dispositions.size(); i++) {
            String findingId = dispositions.get(i).findingId();
            if (findingId != null && file.finding(findingId).isEmpty()) {
                defects.add(new ProposalDefect("/findings/" + i + "/findingId",
                        "\"" + findingId + "\" is not a finding of this request"));
            }
        }
        return defects;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
