package org.rogatory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rogatory.access.Access;
import org.rogatory.access.Operation;
import org.rogatory.access.Rights;
import org.rogatory.access.User;
import org.rogatory.casework.Casework;
import org.rogatory.casework.Views.CaseView;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.transmission.Objections;
import org.rogatory.transmission.Results;
import org.rogatory.transmission.TransmissionViews.ItemView;
import org.rogatory.transmission.TransmissionViews.ResultsView;
import org.rogatory.transmission.domain.Objection;
import org.rogatory.transmission.domain.ResultItem.ItemKind;
import org.rogatory.transmission.domain.Review;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results of the execution and the affected person's say: the items (police add them and their
 * text, and submit them), the privilege reviewer's review of each (with the protected persons its
 * text names and their evidence), the notification of the affected person with the end of the
 * remedy period, the objections the clerk records and the judge's rulings on them. Every act goes
 * through {@link Results} or {@link Objections}, as the API's do.
 */
@UiController
class ResultsPage {

    private final Access access;
    private final Casework casework;
    private final Results results;
    private final Objections objections;
    private final JsonMapper json;

    ResultsPage(Access access, Casework casework, Results results, Objections objections, JsonMapper json) {
        this.access = access;
        this.casework = casework;
        this.results = results;
        this.objections = objections;
        this.json = json;
    }

    @GetMapping("/cases/{id}/results")
    String page(@PathVariable String id, Model model) {
        User user = access.require(Operation.READ_CASE);
        CaseView view = header(id, user, model);
        ResultsView items = results.view(id, user);
        model.addAttribute("results", items);
        Map<String, ItemView> byId = new LinkedHashMap<>();
        items.items().forEach(i -> byId.put(i.id(), i));
        model.addAttribute("itemsById", byId);
        model.addAttribute("objections", objections.view(id, user));
        model.addAttribute("itemKinds", Arrays.stream(ItemKind.values()).filter(ItemKind::addedAfterTheReport).toList());
        model.addAttribute("capacities", Objection.Capacity.values());
        model.addAttribute("outcomes", Objection.Outcome.values());
        model.addAttribute("mayAddResults", view.state() == CaseState.EXECUTED
                && Rights.allows(user.role(), Operation.REPORT_EXECUTION));
        model.addAttribute("mayReview", view.state() == CaseState.RESULTS_REVIEW
                && Rights.allows(user.role(), Operation.REVIEW_RESULTS));
        boolean objectionsOpen = view.state() == CaseState.EXECUTED || view.state() == CaseState.RESULTS_REVIEW;
        model.addAttribute("mayRecordObjection", objectionsOpen
                && Rights.allows(user.role(), Operation.RECORD_OBJECTION));
        model.addAttribute("mayRule", Rights.allows(user.role(), Operation.RULE));
        return "results";
    }

    @PostMapping("/cases/{id}/results/items")
    String add(@PathVariable String id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String label, @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        User police = access.require(Operation.REPORT_EXECUTION);
        return act(id, redirect, "new-item", "results.item.added", () -> results.addItem(id,
                Rows.enumOrNull(ItemKind.class, kind), Rows.trimmed(label), Rows.trimmed(description), police));
    }

    @PostMapping("/cases/{id}/results/items/{itemId}/content")
    String content(@PathVariable String id, @PathVariable String itemId, @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        User police = access.require(Operation.REPORT_EXECUTION);
        byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        return act(id, redirect, "content-" + itemId, "results.content.stored",
                () -> results.uploadContent(id, itemId, "text/plain", bytes, police));
    }

    @PostMapping("/cases/{id}/results/submission")
    String submit(@PathVariable String id, RedirectAttributes redirect) {
        User police = access.require(Operation.REPORT_EXECUTION);
        return act(id, redirect, null, "results.submitted", () -> results.submit(id, police));
    }

    @GetMapping("/cases/{id}/results/items/{itemId}")
    String item(@PathVariable String id, @PathVariable String itemId, Model model) {
        User user = access.require(Operation.READ_CASE);
        return itemPage(id, itemId, user, null, null, null, model);
    }

    @PostMapping("/cases/{id}/results/items/{itemId}/review")
    String review(@PathVariable String id, @PathVariable String itemId,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String reasons,
            @RequestParam(required = false) String redactedText, @RequestParam(required = false) Integer replacesReview,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        User reviewer = access.require(Operation.REVIEW_RESULTS);
        Review.Decision chosen = Rows.enumOrNull(Review.Decision.class, decision);
        if (Refusals.attempt(() -> results.review(id, itemId, chosen, Rows.trimmed(reasons),
                chosen == Review.Decision.REDACTED ? redactedText : null, replacesReview, reviewer), model, new Rows(),
                response)) {
            redirect.addFlashAttribute("notice", "results.item.reviewed");
            return "redirect:/cases/" + id + "/results#item-" + itemId;
        }
        return itemPage(id, itemId, reviewer, decision, reasons, redactedText, model);
    }

    private String itemPage(String id, String itemId, User user, String decision, String reasons, String redactedText,
            Model model) {
        CaseView view = header(id, user, model);
        ItemView item = results.view(id, user).items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> Problems.exception(Problems.of(ProblemKind.NOT_FOUND, "no such item")));
        boolean mayRead = Rights.allows(user.role(), Operation.READ_RESULT_CONTENT) && item.content() != null;
        String text = mayRead ? new String(results.content(id, itemId, Results.ContentVersion.TEXT, user).bytes(),
                StandardCharsets.UTF_8) : null;
        model.addAttribute("item", item);
        model.addAttribute("text", text);
        model.addAttribute("decisions", Review.Decision.values());
        model.addAttribute("decision", decision);
        model.addAttribute("reviewReasons", reasons);
        model.addAttribute("redactedText", redactedText != null ? redactedText : text);
        model.addAttribute("mayReview", view.state() == CaseState.RESULTS_REVIEW
                && Rights.allows(user.role(), Operation.REVIEW_RESULTS) && item.content() != null);
        return "item";
    }

    @PostMapping("/cases/{id}/notifications")
    String notified(@PathVariable String id, @RequestParam(required = false) String person,
            @RequestParam(required = false) String notifiedOn, RedirectAttributes redirect) {
        User clerk = access.require(Operation.RECORD_OBJECTION);
        return act(id, redirect, "notification", "objections.notification.recorded", () -> objections
                .recordNotification(id, Rows.trimmed(person), Rows.date(notifiedOn), clerk));
    }

    @PostMapping("/cases/{id}/objections")
    String object(@PathVariable String id, @RequestParam(required = false) String objector,
            @RequestParam(required = false) String capacity, @RequestParam(required = false) String receivedOn,
            @RequestParam(required = false) List<String> items, @RequestParam(required = false) String grounds,
            RedirectAttributes redirect) {
        User clerk = access.require(Operation.RECORD_OBJECTION);
        return act(id, redirect, "objection", "objections.recorded", () -> objections.record(id,
                Rows.trimmed(objector), Rows.enumOrNull(Objection.Capacity.class, capacity), Rows.date(receivedOn),
                items == null ? List.of() : items, Rows.trimmed(grounds), clerk));
    }

    @PostMapping("/cases/{id}/objections/{objectionId}/ruling")
    String rule(@PathVariable String id, @PathVariable String objectionId,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String reasons,
            RedirectAttributes redirect) {
        User judge = access.require(Operation.RULE);
        return act(id, redirect, "ruling-" + objectionId, "objections.ruled", () -> objections.rule(id, objectionId,
                Rows.enumOrNull(Objection.Outcome.class, outcome), Rows.trimmed(reasons), judge));
    }

    private CaseView header(String id, User user, Model model) {
        CaseView view = casework.read(id, user);
        model.addAttribute("view", view);
        model.addAttribute("request", json.treeToValue(view.request(), CooperationRequest.class));
        model.addAttribute("stage", "results");
        return view;
    }

    /** An act after which the results page is shown afresh; its field errors point into the form it came from. */
    private String act(String id, RedirectAttributes redirect, String form, String done, Runnable act) {
        Refusals.attempt(act, redirect, form, done);
        return "redirect:/cases/" + id + "/results";
    }
}
