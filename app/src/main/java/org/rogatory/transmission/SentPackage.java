package org.rogatory.transmission;

import java.time.Instant;
import java.util.List;

/**
 * What left, as recorded when it left: the package's hash, each item in the version that left with
 * its hash, the authorising decision, channel, recipient, languages of the cover letter and the
 * use-limitation clause it carried.
 */
public record SentPackage(
        String id,
        String authorisingDecision,
        String channel,
        String recipient,
        List<String> languages,
        List<String> grounds,
        String useLimitation,
        String manifest,
        String packageSha256,
        String transmittedBy,
        Instant transmittedAt,
        List<SentItem> items) {

    public record SentItem(String itemId, String version, String file, String sha256) {
    }
}
