package org.rogatory.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.rogatory.support.Api.Answer;

/** Reference data imported over HTTP as the demo ADMIN: any CSV, or the shared development files. */
public final class Imports {

    /** The kinds of reference data, as the import endpoint names them. */
    public static final List<String> KINDS = List.of("register", "countries", "decisions");

    private Imports() {
    }

    public static Answer importFile(Api api, String kind, String file, byte[] csv) {
        return api.as("demo-admin").post("/api/v1/reference/" + kind + "?file=" + file, "text/csv", csv);
    }

    /** The header of a register file (DESIGN.md §10). */
    public static final String REGISTER_HEADER =
            "id,categories,names,birth_date,nationalities,persecuting_states,since,note\n";
    /** An entry no test request names: a register is never imported empty. */
    public static final String UNRELATED_DOCTOR = "R-9001,DOCTOR,Ingrid Vanhoutte-Lambrecht,1961-04-02,BE,,,\n";

    /** A register of these rows, after the header. */
    public static Answer importRegister(Api api, String rows) {
        return importFile(api, "register", "register.csv", (REGISTER_HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    /** The shared country profiles and decisions, and a register of the unrelated entry alone. */
    public static void importSharedWithoutRegister(Api api) {
        for (String kind : List.of("countries", "decisions")) {
            Answer imported = importShared(api, kind);
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        }
        assertThat(importRegister(api, UNRELATED_DOCTOR).status()).isEqualTo(200);
    }

    /** The shared development file of this kind ({@code ../shared/data/KIND.csv}, which the demo ships too). */
    public static Answer importShared(Api api, String kind) {
        try {
            return importFile(api, kind, kind + ".csv", Files.readAllBytes(Fixtures.DATA.resolve(kind + ".csv")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared register, country profiles and decisions: what the expectations and the demo screen against. */
    public static void importAllShared(Api api) {
        for (String kind : KINDS) {
            Answer imported = importShared(api, kind);
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        }
    }
}
