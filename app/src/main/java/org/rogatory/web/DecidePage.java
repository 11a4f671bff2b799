package org.rogatory.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.http.HttpServletResponse;
import org.rogatory.access.Access;
import org.rogatory.access.Operation;
import org.rogatory.access.User;
import org.rogatory.casework.Casework;
import org.rogatory.casework.Views.CaseView;
import org.rogatory.casework.Views.DecisionView;
import org.rogatory.casework.Views.FindingView;
import org.rogatory.casework.Views.ReasonView;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.casework.domain.Authorisation.AuthorisedOfficial;
import org.rogatory.casework.domain.Authorisation.AuthorisedPlace;
import org.rogatory.casework.domain.DecisionStatus;
import org.rogatory.casework.domain.Disposition;
import org.rogatory.casework.domain.FindingDisposition;
import org.rogatory.casework.domain.FindingStatus;
import org.rogatory.casework.domain.LegalGroundCatalogue;
import org.rogatory.casework.domain.Outcome;
import org.rogatory.casework.domain.Proposal;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.ForeignOfficial;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.screening.domain.StreetAddress;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decide form: the outcomes the chain opens to this role in this state, an answer (disposition
 * and reasons) for each open BLOCKING and WARNING finding, grounds from the catalogue and, where the
 * judge may authorise, what the authorisation allows: the measures, the foreign officials who may
 * observe (those the request names, none of them until the judge ticks them), conditions, and where
 * each search or seizure the request gives no street address for is done. Casework
 * decides; when it says no, the form comes back with its reasons beside the fields (400) or above
 * them (409), as the user filled it in.
 */
@UiController
class DecidePage {

    private static final Pattern ANSWER_FIELD = Pattern.compile("^/findings/(\\d+)/(findingId|disposition|reasons)$");
    private static final Pattern OFFICIAL_FIELD = Pattern.compile(
            "^/authorisation/foreignOfficials/(\\d+)/(name|function|identityDocument)$");
    private static final Pattern PLACE_FIELD = Pattern.compile("^/authorisation/places/(\\d+)/(measure|address|city)$");

    private final Access access;
    private final Casework casework;
    private final LegalGroundCatalogue catalogue;
    private final JsonMapper json;

    DecidePage(Access access, Casework casework, LegalGroundCatalogue catalogue, JsonMapper json) {
        this.access = access;
        this.casework = casework;
        this.catalogue = catalogue;
        this.json = json;
    }

    @GetMapping("/cases/{id}/decide")
    String form(@PathVariable String id, Model model) {
        User user = access.require(Operation.DECIDE);
        CaseView view = casework.read(id, user);
        DecisionForm form = new DecisionForm();
        form.setVersion(view.version());
        gating(view).forEach(f -> form.getAnswers().add(new DecisionForm.Answer(f.id())));
        if (view.outcomesOpenToYou().contains(Outcome.AUTHORISE)) {
            offerAuthorisation(form, request(view), ExecutionPage.authorisation(view));
        }
        return page(view, form, model);
    }

    @PostMapping("/cases/{id}/decide")
    String decide(@PathVariable String id, @ModelAttribute("form") DecisionForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        User user = access.require(Operation.DECIDE);
        PostedRows rows = new PostedRows();
        Proposal proposal = proposal(form, rows);
        if (proposal.authorisation() != null && proposal.authorisation().measures().isEmpty()) {
            // an authorisation that lists no measure would cover them all
            response.setStatus(400);
            model.addAttribute("fieldErrors", Map.of("measures", List.of("decide.error.measures")));
            return page(casework.read(id, user), form, model);
        }
        try {
            DecisionView decision = casework.decide(id, proposal,
                    form.getVersion() == null ? OptionalLong.empty() : OptionalLong.of(form.getVersion()), user);
            redirect.addFlashAttribute("notice", decision.status() == DecisionStatus.AWAITING_APPROVAL
                    ? "decide.awaitingApproval" : "decide.recorded");
            redirect.addFlashAttribute("noticeState", decision.state());
            return "redirect:/cases/" + id;
        } catch (ProblemException refused) {
            ProblemDetail problem = refused.getBody();
            if (problem.getStatus() == 404) {
                throw refused;
            }
            response.setStatus(problem.getStatus());
            model.addAttribute("refusal", UiPages.slug(problem));
            model.addAttribute("reasons", reasons(problem));
            model.addAttribute("fieldErrors", fieldErrors(problem, rows));
        } catch (ConcurrencyFailureException changed) {
            response.setStatus(409);
            model.addAttribute("refusal", "conflict");
        }
        CaseView fresh = casework.read(id, user);
        form.setVersion(fresh.version());
        return page(fresh, form, model);
    }

    private String page(CaseView view, DecisionForm form, Model model) {
        List<FindingView> gating = gating(view);
        Map<String, FindingView> byId = new LinkedHashMap<>();
        gating.forEach(f -> byId.put(f.id(), f));
        // answers keep the order the form was posted in; findings closed meanwhile drop out
        form.getAnswers().removeIf(a -> !byId.containsKey(a.getFindingId()));
        CooperationRequest request = request(view);
        model.addAttribute("view", view);
        model.addAttribute("request", request);
        model.addAttribute("subjects", CaseFilePage.subjects(request));
        model.addAttribute("form", form);
        model.addAttribute("findings", byId);
        model.addAttribute("dispositions", Disposition.values());
        model.addAttribute("grounds", catalogue.all().stream().filter(g -> !g.deprecated()).toList());
        return "decide";
    }

    private CooperationRequest request(CaseView view) {
        return json.treeToValue(view.request(), CooperationRequest.class);
    }

    /**
     * The authorisation's fields as the judge first sees them: what the authorisation in force allows, or
     * every measure of the request; the officials it allows, ticked, then those the request asks to be present
     * and it does not name, not ticked: presence is the judge's choice, never a default; and a place to name
     * for each search or seizure the request gives no street address for: each place the authorisation in
     * force names for it, so that authorising again keeps them all.
     */
    static void offerAuthorisation(DecisionForm form, CooperationRequest request, Authorisation inForce) {
        form.setAuthorising(true);
        for (int i = 0; i < request.measures().size(); i++) {
            if (inForce == null || inForce.covers(i)) {
                form.getMeasures().add(i);
            }
        }
        List<String> allowed = new ArrayList<>();
        if (inForce != null) {
            for (AuthorisedOfficial official : inForce.foreignOfficials()) {
                form.getOfficials().add(new DecisionForm.Official(true, official.name(), official.function(),
                        official.identityDocument(), null));
                allowed.add(folded(official.name()));
            }
            form.setConditions(inForce.conditions());
        }
        for (ForeignOfficial asked : request.foreignOfficials()) {
            if (asked.name() == null || !allowed.contains(folded(asked.name()))) {
                form.getOfficials().add(new DecisionForm.Official(false, asked.name(), asked.function(),
                        asked.identityDocument(), asked.requestedRole() == null ? null : asked.requestedRole().name()));
            }
        }
        for (int i = 0; i < request.measures().size(); i++) {
            Measure measure = request.measures().get(i);
            if (measure.entersPremises() && StreetAddress.of(measure.address()) == null) {
                List<AuthorisedPlace> named = inForce == null ? List.of() : inForce.placesFor(i);
                for (AuthorisedPlace place : named) {
                    form.getPlaces().add(new DecisionForm.Place(i, place.address(), place.city()));
                }
                if (named.isEmpty()) {
                    form.getPlaces().add(new DecisionForm.Place(i, null,
                            measure.address() == null ? null : measure.address().city()));
                }
            }
        }
    }

    private static String folded(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    /** The findings this decision must answer to move the request forward. */
    static List<FindingView> gating(CaseView view) {
        return view.findings().stream()
                .filter(f -> f.status() == FindingStatus.OPEN && f.severity().mustBeAddressedToMoveForward())
                .toList();
    }

    /**
     * Which row of the form each answer, foreign official and place of the proposal came from: the form
     * has rows the proposal leaves out, and casework names the proposal's elements.
     */
    record PostedRows(List<Integer> answers, List<Integer> officials, List<Integer> places) {

        PostedRows() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        static int row(List<Integer> rows, String index) {
            int i = Integer.parseInt(index);
            return i < rows.size() ? rows.get(i) : i;
        }
    }

    /**
     * The proposal as posted. Unanswered findings are left out, so that casework names them if the
     * move needs them; {@code rows} learns the form row of each element kept. An AUTHORISE from a form
     * that offered the authorisation carries it whole: the ticked measures and officials (as observers),
     * the places given.
     */
    static Proposal proposal(DecisionForm form, PostedRows rows) {
        List<FindingDisposition> answers = new ArrayList<>();
        for (int row = 0; row < form.getAnswers().size(); row++) {
            DecisionForm.Answer answer = form.getAnswers().get(row);
            if (answer.getDisposition() != null && !answer.getDisposition().isBlank()) {
                answers.add(new FindingDisposition(answer.getFindingId(), enumOrNull(Disposition.class,
                        answer.getDisposition()), blankToNull(answer.getReasons())));
                rows.answers().add(row);
            }
        }
        Outcome outcome = enumOrNull(Outcome.class, form.getOutcome());
        Authorisation authorisation = null;
        if (form.isAuthorising() && outcome == Outcome.AUTHORISE) {
            List<AuthorisedOfficial> officials = new ArrayList<>();
            for (int row = 0; row < form.getOfficials().size(); row++) {
                DecisionForm.Official official = form.getOfficials().get(row);
                if (official.isAllowed()) {
                    officials.add(new AuthorisedOfficial(Rows.trimmed(official.getName()),
                            Rows.trimmed(official.getFunction()), Rows.trimmed(official.getIdentityDocument()),
                            AuthorisedOfficial.OBSERVER));
                    rows.officials().add(row);
                }
            }
            List<AuthorisedPlace> places = new ArrayList<>();
            for (int row = 0; row < form.getPlaces().size(); row++) {
                DecisionForm.Place place = form.getPlaces().get(row);
                if (!Rows.blank(place.getAddress())) {
                    places.add(new AuthorisedPlace(place.getMeasure(), Rows.trimmed(place.getAddress()),
                            Rows.trimmed(place.getCity())));
                    rows.places().add(row);
                }
            }
            authorisation = new Authorisation(officials,
                    form.getMeasures().stream().filter(m -> m != null).distinct().sorted().toList(),
                    blankToNull(form.getConditions()), places);
        }
        return new Proposal(outcome, form.getGrounds(), blankToNull(form.getReasons()), answers, authorisation);
    }

    /** 409: every reason the move is blocked, as casework gave them. */
    static List<ReasonView> reasons(ProblemDetail problem) {
        Object reasons = problem.getProperties() == null ? null : problem.getProperties().get("reasons");
        return reasons instanceof Collection<?> list
                ? list.stream().filter(ReasonView.class::isInstance).map(ReasonView.class::cast).toList()
                : List.of();
    }

    /**
     * 400: the message key for each bad field of the form, from the JSON pointer casework gave
     * ({@code /findings/0/reasons} is the reasons field of the form row that answer came from).
     */
    static Map<String, List<String>> fieldErrors(ProblemDetail problem, PostedRows rows) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Object given = problem.getProperties() == null ? null : problem.getProperties().get("errors");
        if (!(given instanceof Collection<?> list)) {
            return errors;
        }
        for (Object item : list) {
            if (!(item instanceof FieldProblem error)) {
                continue;
            }
            String pointer = error.pointer();
            Matcher answer = ANSWER_FIELD.matcher(pointer);
            Matcher official = OFFICIAL_FIELD.matcher(pointer);
            Matcher place = PLACE_FIELD.matcher(pointer);
            String field;
            String key;
            if (answer.matches()) {
                field = "answers[" + PostedRows.row(rows.answers(), answer.group(1)) + "]."
                        + (answer.group(2).equals("reasons") ? "reasons" : "disposition");
                key = "decide.error.answer." + answer.group(2);
            } else if (official.matches()) {
                field = "officials[" + PostedRows.row(rows.officials(), official.group(1)) + "]." + official.group(2);
                key = "decide.error.official." + official.group(2);
            } else if (place.matches()) {
                // the measure is the row's own, not a field: a place for a measure not authorised is the address's
                field = "places[" + PostedRows.row(rows.places(), place.group(1)) + "]."
                        + (place.group(2).equals("city") ? "city" : "address");
                key = "decide.error.place." + place.group(2);
            } else if (pointer.startsWith("/authorisation/measures")) {
                field = "measures";
                key = "decide.error.measures";
            } else if (pointer.startsWith("/grounds/")) {
                field = "grounds";
                key = "decide.error.ground";
            } else if (pointer.equals("/outcome") || pointer.equals("/reasons") || pointer.equals("/grounds")) {
                field = pointer.substring(1);
                key = "decide.error." + field;
            } else {
                field = "form";
                key = "decide.error.other";
            }
            errors.computeIfAbsent(field, f -> new ArrayList<>()).add(key);
        }
        return errors;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
