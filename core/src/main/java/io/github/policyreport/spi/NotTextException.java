package io.github.policyreport.spi;

/** The bytes are not text in any supported charset (binary data). */
public final class NotTextException extends ReportException {

    private static final long serialVersionUID = 1L;

    /** With a message naming the input. */
    public NotTextException(String message) {
        super(message);
    }
}
