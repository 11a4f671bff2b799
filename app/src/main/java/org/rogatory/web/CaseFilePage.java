package org.rogatory.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rogatory.access.Access;
import org.rogatory.access.Language;
import org.rogatory.access.Operation;
import org.rogatory.access.Rights;
import org.rogatory.access.User;
import org.rogatory.casework.Casework;
import org.rogatory.casework.DecisionLetters;
import org.rogatory.casework.Views.CaseView;
import org.rogatory.casework.Views.DecisionView;
import org.rogatory.casework.Views.FindingView;
import org.rogatory.casework.Views.RegistrationView;
import org.rogatory.intake.Intake;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.screening.domain.Severity;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case file: the request as the requesting state wrote it, the findings by severity with their
 * evidence, the decisions (and approvals), the obligations, and for the roles that answer for the
 * handling, the case's audit trail. A supervisor approves a decision from here.
 */
@UiController
class CaseFilePage {

    private final Access access;
    private final Casework casework;
    private final Intake intake;
    private final JsonMapper json;
    private final DecisionLetters letters;

    CaseFilePage(Access access, Casework casework, Intake intake, JsonMapper json, DecisionLetters letters) {
        this.access = access;
        this.casework = casework;
        this.intake = intake;
        this.json = json;
        this.letters = letters;
    }

    @GetMapping("/cases/{id}")
    String caseFile(@PathVariable String id, Model model) {
        User user = access.require(Operation.READ_CASE);
        CaseView view = casework.read(id, user);
        CooperationRequest request = json.treeToValue(view.request(), CooperationRequest.class);
        model.addAttribute("view", view);
        model.addAttribute("request", request);
        model.addAttribute("findingsBySeverity", bySeverity(view.findings()));
        model.addAttribute("subjects", subjects(request));
        model.addAttribute("awaiting", view.decisions().stream()
                .filter(d -> d.id().equals(view.awaitingApproval())).findFirst().orElse(null));
        model.addAttribute("letterLanguages", Language.values());
        model.addAttribute("afterAuthorisation", ExecutionPage.FROM_EXECUTION.contains(view.state()));
        model.addAttribute("mayDecide", Rights.allows(user.role(), Operation.DECIDE) && !view.outcomesOpenToYou().isEmpty());
        if (Rights.allows(user.role(), Operation.READ_CASE_AUDIT)) {
            model.addAttribute("auditTrail", casework.auditTrail(id, user));
        }
        return "case";
    }

    /** A decision's letter in the language asked for (the page's, when none is). */
    @GetMapping("/cases/{id}/decisions/{decisionId}/letter")
    ResponseEntity<byte[]> letter(@PathVariable String id, @PathVariable String decisionId,
                                  @RequestParam Optional<Language> language) {
        User user = access.require(Operation.READ_CASE);
        Language in = language.orElseGet(() -> Language.of(LocaleContextHolder.getLocale()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(DecisionLetters.fileName(decisionId, in)).build().toString())
                .body(letters.pdf(id, decisionId, in, user));
    }

    @PostMapping("/cases/{id}/decisions/{decisionId}/approval")
    String approve(@PathVariable String id, @PathVariable String decisionId, RedirectAttributes redirect) {
        try {
            DecisionView approved = casework.approve(id, decisionId, access.require(Operation.APPROVE_DECISION));
            redirect.addFlashAttribute("notice", "approve.done");
            redirect.addFlashAttribute("noticeState", approved.state());
        } catch (ProblemException refused) {
            ProblemDetail problem = refused.getBody();
            redirect.addFlashAttribute("refusal", UiPages.slug(problem));
            redirect.addFlashAttribute("refusalStatus", problem.getStatus());
            redirect.addFlashAttribute("reasons", DecidePage.reasons(problem));
            if (problem.getStatus() == 404) {
                return "redirect:/queue";
            }
        }
        return "redirect:/cases/" + id;
    }

    /**
     * The clerk records the information the central authority asked for: the amended request, as a
     * file, replaces the current one and is screened again. A refusal comes back to the case file.
     */
    @PostMapping("/cases/{id}/supplements")
    String recordNewInformation(@PathVariable String id, @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        User clerk = access.require(Operation.RECORD_NEW_INFORMATION);
        try {
            RegistrationView view = intake.recordNewInformation(id, file.getBytes(), clerk);
            redirect.addFlashAttribute("notice", "case.supplement.recorded");
            redirect.addFlashAttribute("noticeState", view.state());
        } catch (ProblemException refused) {
            ProblemDetail problem = refused.getBody();
            if (problem.getStatus() == 404) {
                throw refused;
            }
            redirect.addFlashAttribute("refusal", UiPages.slug(problem));
            redirect.addFlashAttribute("reasons", DecidePage.reasons(problem));
            redirect.addFlashAttribute("problems", problem.getProperties() == null ? List.of()
                    : problem.getProperties().getOrDefault("errors", List.of()));
        }
        return "redirect:/cases/" + id;
    }

    /** BLOCKING first, then WARNING, OBLIGATION, NOTICE; empty groups left out. */
    static Map<Severity, List<FindingView>> bySeverity(List<FindingView> findings) {
        Map<Severity, List<FindingView>> groups = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            List<FindingView> group = findings.stream().filter(f -> f.severity() == severity).toList();
            if (!group.isEmpty()) {
                groups.put(severity, group);
            }
        }
        return groups;
    }

    /** Who a finding's {@code personRef} names: a person's first name form or an organisation's name. */
    static Map<String, String> subjects(CooperationRequest request) {
        Map<String, String> subjects = new LinkedHashMap<>();
        request.persons().forEach(p -> subjects.put(p.ref(), p.displayName()));
        request.organisations().forEach(o -> subjects.put(o.ref(), o.name()));
        return subjects;
    }
}
