package org.rogatory.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Requests to register, from the development data in {@code ../shared/data} (read by tests only). */
public final class Fixtures {

    /** {@code ../shared} seen from the project root (tests run in a module directory below it). */
    public static final Path SHARED = shared();
    public static final Path DATA = SHARED.resolve("data");
    public static final Path REQUESTS = DATA.resolve("requests");
    public static final String CASE_STUDY = "01-kz-refugee-lawyer-home-search-case-analogue.json";
    public static final String BENIGN = "02-fr-eio-vat-fraud-bank-records-benign-control.json";
    public static final String DEATH_PENALTY = "04-sa-drug-trafficking-death-penalty-no-assurance.json";
    public static final String NAMED_OFFICIALS = "05-de-eio-office-search-named-foreign-officials.json";
    public static final String THIN = "09-ng-incomplete-thin-facts-no-article.json";
    public static final String URGENT = "12-ch-urgent-asset-freeze-deadline.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Fixtures() {
    }

    private static Path shared() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared").resolve("data"))) {
                return dir.resolve("shared");
            }
        }
        throw new IllegalStateException("../shared (the development data) is not beside this project");
    }

    public static ObjectNode request(String file) {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(REQUESTS.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request from the file with a foreign reference no other test uses, so it registers anew. */
    public static ObjectNode fresh(String file) {
        ObjectNode request = request(file);
        request.put("foreignReference", request.get("foreignReference").asString() + "/" + UUID.randomUUID());
        return request;
    }

    public static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
