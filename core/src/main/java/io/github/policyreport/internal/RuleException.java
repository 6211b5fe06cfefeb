package io.github.policyreport.internal;

/**
 * A rule or gazetteer line that cannot be read, thrown when the rule set is loaded. The message
 * starts with {@code file:line:}.
 */
public final class RuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * An error at {@code file:line}.
     *
     * @param line the 1-based line, or 0 when the error concerns the whole file (a missing list)
     */
    public RuleException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** The resource (or in-memory rule text) name. */
    public String file() {
        return file;
    }

    /** The 1-based line number. */
    public int line() {
        return line;
    }
}
