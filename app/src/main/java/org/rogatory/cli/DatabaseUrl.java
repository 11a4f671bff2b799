package org.rogatory.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The database a command works on: {@code --db}, else {@code ROGATORY_DB_URL}, else none (the embedded
 * database of serve). An H2 URL gets the compatibility settings the schema is written for, where it does not
 * set them itself, so that {@code --db jdbc:h2:file:/srv/rogatory} works as the embedded default does.
 */
final class DatabaseUrl {

    /** What the schema and its queries need of H2 (application.properties has the same). */
    static final Map<String, String> H2_SETTINGS = settings();

    private DatabaseUrl() {
    }

    private static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("MODE", "PostgreSQL");
        settings.put("DATABASE_TO_LOWER", "TRUE");
        settings.put("DEFAULT_NULL_ORDERING", "HIGH");
        return settings;
    }

    /** The URL given, or null for the embedded default. */
    static String chosen(String db) {
        String url = db != null ? db : System.getenv("ROGATORY_DB_URL");
        return url == null ? null : withH2Settings(url);
    }

    static String withH2Settings(String url) {
        if (!url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length())) {
            return url;
        }
        String upper = url.toUpperCase(Locale.ROOT);
        StringBuilder completed = new StringBuilder(url);
        H2_SETTINGS.forEach((key, value) -> {
            if (!upper.contains(";" + key + "=")) {
                completed.append(';').append(key).append('=').append(value);
            }
        });
        return completed.toString();
    }
}
