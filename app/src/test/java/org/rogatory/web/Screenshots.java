package org.rogatory.web;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the README's screenshots are: {@code docs/screenshots} of the folder with the README, above the module's. */
final class Screenshots {

    private Screenshots() {
    }

    static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir.resolve("docs").resolve("screenshots");
            }
        }
        throw new IllegalStateException("no project root above " + Path.of("").toAbsolutePath());
    }
}
