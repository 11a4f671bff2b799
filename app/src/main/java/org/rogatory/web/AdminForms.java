package org.rogatory.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.rogatory.audit.CheckpointJson;
import org.rogatory.audit.domain.Checkpoint;
import org.rogatory.screening.ReferenceImports;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the oversight, audit and administration pages read from their forms: the year of the
 * figures, a checkpoint pasted back, the kind and name of a reference file. Everything else is
 * checked by the services themselves, as for the API.
 */
final class AdminForms {

    /** The first year figures can be asked for, as the API has it ({@code OversightController.FIRST_YEAR}). */
    static final int FIRST_YEAR = 2000;

    private AdminForms() {
    }

    /** The year asked for: this year when none is given, empty when it is none of the years offered. */
    static Optional<Year> year(String given, Year now) {
        if (given == null || given.isBlank()) {
            return Optional.of(now);
        }
        try {
            int value = Integer.parseInt(given.strip());
            return value >= FIRST_YEAR && value <= now.getValue() ? Optional.of(Year.of(value)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The years offered, the latest first. */
    static List<Integer> years(Year now) {
        return IntStream.iterate(now.getValue(), y -> y >= FIRST_YEAR, y -> y - 1).boxed().toList();
    }

    /**
     * A checkpoint as pasted: the checkpoint, or the key of what is wrong with the text
     * ({@code audit.checkpoint.error.*}) and the fields the checkpoint's own check named.
     */
    record Pasted(Checkpoint checkpoint, String errorKey, List<String> details) {

        boolean ok() {
            return checkpoint != null;
        }
    }

    static Pasted checkpoint(String text, JsonMapper json) {
        if (text == null || text.isBlank()) {
            return new Pasted(null, "audit.checkpoint.error.required", List.of());
        }
        CheckpointJson read;
        try {
            read = json.readValue(text.strip(), CheckpointJson.class);
        } catch (JacksonException e) {
            return new Pasted(null, "audit.checkpoint.error.json", List.of());
        }
        if (read == null) {
            return new Pasted(null, "audit.checkpoint.error.json", List.of());
        }
        try {
            return new Pasted(read.checked(), null, List.of());
        } catch (CheckpointJson.Invalid invalid) {
            List<String> details = new ArrayList<>();
            invalid.problems().forEach(p -> details.add(p.pointer().substring(1) + " " + p.detail()));
            return new Pasted(null, "audit.checkpoint.error.fields", details);
        }
    }

    /** The kind of reference data chosen, if it is one. */
    static Optional<ReferenceImports.Kind> kind(String given) {
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReferenceImports.Kind.ofSlug(given.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The name the uploaded file goes by in messages and the audit trail: its own name without any
     * folder the browser may send, or the kind's usual name.
     */
    static String fileName(String original, ReferenceImports.Kind kind) {
        String name = original == null ? "" : original.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        return name.isEmpty() ? kind.slug() + ".csv" : name;
    }
}
