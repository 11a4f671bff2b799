package org.rogatory.screening.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One result of screening. The id is derived from what the finding is about (code, person,
 * register entry or subject), not from when it was produced, so that screening the same request
 * again yields the same id and decisions that refer to it stay valid.
 *
 * @param personRef the {@code ref} of the person or organisation concerned, or null when the
 *                  finding concerns the request as a whole or a name found only in free text
 * @param subject   what else distinguishes this finding from others of the same code and person
 *                  (a measure index, an organisation ref, a decision id); may be empty
 */
public record Finding(
        String id, FindingCode code, String personRef, String subject, Evidence evidence, List<String> grounds) {

    public Finding {
        Objects.requireNonNull(code, "code");
        subject = subject == null ? "" : subject;
        grounds = grounds == null ? code.grounds() : List.copyOf(grounds);
        id = id == null ? stableId(code, personRef, evidence == null ? null : evidence.registerId(), subject) : id;
    }

    public static Finding of(FindingCode code, String personRef, String subject, Evidence evidence) {
        return new Finding(null, code, personRef, subject, evidence, code.grounds());
    }

    Finding withGrounds(List<String> applicable) {
        return new Finding(id, code, personRef, subject, evidence, applicable);
    }

    public Severity severity() {
        return code.severity();
    }

    public String registerId() {
        return evidence == null ? null : evidence.registerId();
    }

    /**
     * The findings of one code about the same person and register entry, one per measure (the search and
     * the seizure of one home), as one finding, which an officer answers once: its subject names every
     * measure, its explanation says each.
     */
    static List<Finding> onePerPerson(List<Finding> findings) {
        Map<List<String>, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding finding : findings) {
            groups.computeIfAbsent(Arrays.asList(finding.code().name(), finding.personRef(), finding.registerId()),
                    key -> new ArrayList<>()).add(finding);
        }
        List<Finding> merged = new ArrayList<>();
        for (List<Finding> group : groups.values()) {
            Finding first = group.get(0);
            if (group.size() == 1 || first.evidence() == null) {
                merged.addAll(group);
                continue;
            }
            String subject = group.stream().map(Finding::subject).collect(Collectors.joining("+"));
            String explanation = group.stream().map(f -> f.evidence().explanation()).collect(Collectors.joining(" "));
            merged.add(new Finding(null, first.code(), first.personRef(), subject,
                    first.evidence().withTrigger(first.evidence().trigger(), explanation), first.grounds()));
        }
        return merged;
    }

    static String stableId(FindingCode code, String personRef, String registerId, String subject) {
        String key = String.join("\u001f", code.name(), Objects.toString(personRef, ""),
                Objects.toString(registerId, ""), subject);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "F-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
