package io.github.policyreport.spi;

import java.io.IOException;

/**
 * A page could not be turned into a report: its bytes are not text, or a parser failed on it.
 * The message says which and why; it is an {@link IOException} so that reading a file and
 * parsing it fail the same way.
 */
public class ReportException extends IOException {

    private static final long serialVersionUID = 1L;

    /** With a message. */
    public ReportException(String message) {
        super(message);
    }

    /** With a message and the underlying cause. */
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
