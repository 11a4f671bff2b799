package org.rogatory.screening;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * A reference file (register, country profiles, decisions, history) that cannot be used as it is:
 * names the file, the line and the field, so the person who prepared it can fix it.
 */
public final class ReferenceFileException extends RuntimeException {

    private final String file;
    private final long line;
    private final String field;

    public ReferenceFileException(String file, long line, String field, String problem) {
        super(file + ": line " + line + (field == null ? "" : ", field " + field) + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** The column (CSV) or JSON pointer (JSONL) at fault, or null when the whole line is. */
    public String field() {
        return field;
    }

    /** A file that cannot be read at all, and why in words ("no such file" rather than its name again). */
    static ReferenceFileException unreadable(String file, IOException e) {
        String why = e instanceof NoSuchFileException ? "no such file"
                : e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
        return new ReferenceFileException(file, 0, null, "cannot be read: " + why);
    }
}
