package io.github.policyreport.spi;

import java.io.IOException;

/**
 * A page could not be turned into a report. The subclasses say why: {@link InputTooLargeException},
 * {@link NotTextException}, {@link UnreadableInputException}; this class itself is thrown only when
 * a parser fails as a whole (a bug: the pipeline isolates its stages). It is an
 * {@link IOException} so that reading a file and parsing it fail the same way.
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
