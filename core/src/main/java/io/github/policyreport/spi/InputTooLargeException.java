package io.github.policyreport.spi;

/** The input is larger than {@link ParseContext#maxBytes()}; it was refused before being read in full. */
public final class InputTooLargeException extends ReportException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    /** For an input over {@code limit} bytes. */
    public InputTooLargeException(String name, long limit) {
        super((name == null ? "input" : name) + " is larger than the limit of " + limit + " bytes (maxBytes)");
        this.limit = limit;
    }

    /** The limit that was exceeded, in bytes. */
    public long limit() {
        return limit;
    }
}
