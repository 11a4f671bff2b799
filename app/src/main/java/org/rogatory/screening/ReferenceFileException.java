package org.rogatory.screening;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.rogatory.matching.Utf8Text;

/**
 * A reference file (register, country profiles, decisions, history) that cannot be used as it is:
 * names the file, the line and the field, so the person who prepared it can fix it.
 */
public final class ReferenceFileException extends RuntimeException {

    private final String file;
    private final long line;
    private final String field;

    public ReferenceFileException(String file, long line, String field, String problem) {
        // line 0: the file as a whole (it cannot be read)
        super(file + (line == 0 ? "" : ": line " + line) + (field == null ? "" : ", field " + field) + ": " + problem);
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

    /**
     * Reads a reference file as UTF-8 with {@code parser}, which is given the file's name for its own
     * messages; bytes that are not UTF-8 and a file that cannot be read become this exception too.
     */
    static <T> T reading(Path file, BiFunction<Reader, String, T> parser) {
        try (Reader reader = Utf8Text.reader(file)) {
            return parser.apply(reader, file.toString());
        } catch (Utf8Text.NotUtf8 e) {
            throw new ReferenceFileException(file.toString(), e.line(), null, e.getMessage());
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }
}
