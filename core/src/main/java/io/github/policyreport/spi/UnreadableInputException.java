package io.github.policyreport.spi;

/**
 * The input could not be read: a missing file, a directory, a device or pipe (not a regular
 * file, so its size is unknown and reading might never end), or a failing stream.
 */
public final class UnreadableInputException extends ReportException {

    private static final long serialVersionUID = 1L;

    /** With a message naming the input. */
    public UnreadableInputException(String message) {
        super(message);
    }

    /** With a message and the underlying cause. */
    public UnreadableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
