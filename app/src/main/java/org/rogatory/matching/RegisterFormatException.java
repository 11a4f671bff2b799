package org.rogatory.matching;

/** A register file that cannot be read: says which file, which line and which field. */
public class RegisterFormatException extends RuntimeException {

    private final String file;
    private final long line;
    private final String field;
    private final String problem;

    public RegisterFormatException(String file, long line, String field, String problem) {
        super(file + ":" + line + (field == null ? "" : ": field '" + field + "'") + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    /** What is wrong, without where. */
    public String problem() {
        return problem;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** The column at fault, or null when the row as a whole is (malformed quoting, wrong field count). */
    public String field() {
        return field;
    }
}
