package org.rogatory.transmission;

import static org.rogatory.web.ProblemKind.BLOCKED;
import static org.rogatory.web.ProblemKind.FORBIDDEN;
import static org.rogatory.web.ProblemKind.INVALID_REQUEST;
import static org.rogatory.web.ProblemKind.NOT_FOUND;
import static org.rogatory.web.ProblemKind.UNAUTHENTICATED;
import static org.rogatory.web.ProblemKind.UNSUPPORTED_MEDIA_TYPE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.rogatory.access.Access;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.transmission.TransmissionViews.TransmissionView;
import org.rogatory.web.Downloads;
import org.rogatory.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one way out: the judge's transmission, which answers with the package for the requesting
 * state. No other endpoint produces a package or sends an item anywhere.
 */
@RestController
@RequestMapping(path = "/api/v1/requests/{id}")
@Tag(name = "transmission")
class TransmissionController {

    private final Access access;
    private final Transmissions transmissions;

    TransmissionController(Access access, Transmissions transmissions) {
        this.access = access;
        this.transmissions = transmissions;
    }

    @GetMapping(path = "/transmission", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What would leave, what holds it back, and once sent what left (no content)")
    @ApiResponse(responseCode = "200", description = "The transmission as it stands")
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN, NOT_FOUND})
    TransmissionView read(@PathVariable String id) {
        return transmissions.view(id, access.require(org.rogatory.access.Operation.READ_CASE));
    }

    @PostMapping(path = "/transmission", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {Downloads.ZIP, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Transmit the cleared results to the requesting state (INVESTIGATING_JUDGE)",
            description = "One act: the package of the cleared items (redacted ones in their redacted version), each "
                    + "with its SHA-256, the authorising decision, `channel` and `recipient`, a cover letter in the "
                    + "requesting state's working language (else English and French) with the use-limitation clause "
                    + "(ROG-USE-LIMITATION, ECMA59-AP2-26-1, UNCAC-46-19). Refused (409) while anything holds it back, "
                    + "each named: an item not reviewed, a protected person named and not redacted, an open incident, "
                    + "a pending objection, the affected person not notified or the remedy period running.")
    @ApiResponse(responseCode = "201", description = "Transmitted: the package (ZIP: manifest.json, cover-letter.pdf, "
            + "items/); header X-Package-SHA256", content = @Content(mediaType = Downloads.ZIP,
            schema = @Schema(type = "string", format = "binary")))
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED, UNSUPPORTED_MEDIA_TYPE})
    ResponseEntity<byte[]> transmit(@PathVariable String id, @RequestBody TransmitBody body) {
        Transmissions.Sent sent = transmissions.transmit(id, body.channel(), body.recipient(),
                access.require(org.rogatory.access.Operation.TRANSMIT));
        return asDownload(HttpStatus.CREATED, id, sent);
    }

    @GetMapping(path = "/transmission/package", produces = {Downloads.ZIP, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "The package that left, again (INVESTIGATING_JUDGE)",
            description = "Byte for byte the ZIP the transmission produced (its SHA-256 in X-Package-SHA256 and in the "
                    + "transmission record), for a transmission done in the browser or a copy lost; nothing new leaves. "
                    + "404 before the transmission.")
    @ApiResponse(responseCode = "200", description = "The package", content = @Content(mediaType = Downloads.ZIP,
            schema = @Schema(type = "string", format = "binary")))
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN, NOT_FOUND})
    ResponseEntity<byte[]> transmitted(@PathVariable String id) {
        return asDownload(HttpStatus.OK, id,
                transmissions.transmitted(id, access.require(org.rogatory.access.Operation.TRANSMIT)));
    }


    @PostMapping(path = "/closure", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Close the file once transmitted (CENTRAL_AUTHORITY): TRANSMITTED to CLOSED")
    @ApiResponse(responseCode = "200", description = "Closed: `{state}`")
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED})
    Map<String, CaseState> close(@PathVariable String id) {
        return Map.of("state", transmissions.close(id, access.require(org.rogatory.access.Operation.CLOSE_FILE)));
    }

    private static ResponseEntity<byte[]> asDownload(HttpStatus status, String id, Transmissions.Sent sent) {
        return Downloads.zip(status, "transmission-" + id + ".zip", sent.record().packageSha256(), sent.zip());
    }

    record TransmitBody(String channel, String recipient) {
    }
}
