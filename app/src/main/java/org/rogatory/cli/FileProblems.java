package org.rogatory.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Why a file could not be read, in words: Java's own message is often only the file's name again. */
final class FileProblems {

    private FileProblems() {
    }

    static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof NoSuchFileException) {
            return "no such file";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        return cause instanceof IOException && cause.getMessage() != null ? cause.getMessage() : "cannot be read";
    }
}
