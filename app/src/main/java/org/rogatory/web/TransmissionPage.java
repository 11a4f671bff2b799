package org.rogatory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rogatory.access.Access;
import org.rogatory.access.Operation;
import org.rogatory.access.Rights;
import org.rogatory.access.User;
import org.rogatory.casework.Casework;
import org.rogatory.casework.Views.CaseView;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.transmission.TransmissionViews.TransmissionView;
import org.rogatory.transmission.Transmissions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way out, as the judge sees it: what would leave (cleared items in their original,
 * redacted ones in their redacted version), what holds it back (each reason), and the act itself
 * through {@link Transmissions#transmit}, which checks everything again. Once sent, the package's
 * manifest: what left, with its hashes. The central authority closes the file from here.
 */
@UiController
class TransmissionPage {

    private final Access access;
    private final Casework casework;
    private final Transmissions transmissions;
    private final JsonMapper json;

    TransmissionPage(Access access, Casework casework, Transmissions transmissions, JsonMapper json) {
        this.access = access;
        this.casework = casework;
        this.transmissions = transmissions;
        this.json = json;
    }

    @GetMapping("/cases/{id}/transmission")
    String page(@PathVariable String id, Model model) {
        return page(id, access.require(Operation.READ_CASE), null, null, model);
    }

    @PostMapping("/cases/{id}/transmission")
    String transmit(@PathVariable String id, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String recipient, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        User judge = access.require(Operation.TRANSMIT);
        if (Refusals.attempt(() -> transmissions.transmit(id, Rows.trimmed(channel), Rows.trimmed(recipient), judge),
                model, new Rows(), response)) {
            redirect.addFlashAttribute("notice", "transmission.sent");
            return "redirect:/cases/" + id + "/transmission";
        }
        return page(id, judge, channel, recipient, model);
    }

    /** The package that left, for the judge to hand over: the browser's transmission shows only its manifest. */
    @GetMapping("/cases/{id}/transmission/package")
    ResponseEntity<byte[]> transmittedPackage(@PathVariable String id) {
        Transmissions.Sent sent = transmissions.transmitted(id, access.require(Operation.TRANSMIT));
        return Downloads.zip(HttpStatus.OK, "transmission-" + id + ".zip", sent.record().packageSha256(), sent.zip());
    }

    @PostMapping("/cases/{id}/closure")
    String close(@PathVariable String id, RedirectAttributes redirect) {
        User central = access.require(Operation.CLOSE_FILE);
        Refusals.attempt(() -> transmissions.close(id, central), redirect, null, "transmission.closed");
        return "redirect:/cases/" + id + "/transmission";
    }

    private String page(String id, User user, String channel, String recipient, Model model) {
        CaseView view = casework.read(id, user);
        CooperationRequest request = json.treeToValue(view.request(), CooperationRequest.class);
        model.addAttribute("view", view);
        model.addAttribute("request", request);
        model.addAttribute("stage", "transmission");
        TransmissionView transmission = transmissions.view(id, user);
        model.addAttribute("transmission", transmission);
        Map<String, String> labels = new LinkedHashMap<>();
        transmission.outgoing().forEach(o -> labels.put(o.itemId(), o.number() + ". " + o.label()));
        model.addAttribute("labels", labels);
        model.addAttribute("channels", CooperationRequest.Channel.values());
        model.addAttribute("channel", channel != null ? channel : request.channel() == null ? null
                : request.channel().name());
        model.addAttribute("recipient", recipient != null ? recipient : request.requestingAuthority() == null ? null
                : request.requestingAuthority().name());
        model.addAttribute("mayTransmit", view.state() == CaseState.RESULTS_REVIEW
                && Rights.allows(user.role(), Operation.TRANSMIT));
        model.addAttribute("mayDownload", Rights.allows(user.role(), Operation.TRANSMIT));
        model.addAttribute("mayClose", view.state() == CaseState.TRANSMITTED
                && Rights.allows(user.role(), Operation.CLOSE_FILE));
        return "transmission";
    }
}
