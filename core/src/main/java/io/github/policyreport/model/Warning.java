package io.github.policyreport.model;

import java.util.Objects;

/**
 * Something a caller should know about how a report was made: input that was cut, a date that
 * had to be assumed, a page with no recognisable body.
 *
 * @param code    a stable machine-readable code
 * @param message a readable explanation
 */
public record Warning(Code code, String message) {

    /** Validates non-null parts. */
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** Stable warning codes. */
    public enum Code {
        /** The page gives no date; relative dates used the caller's reference date. */
        ASSUMED_REFERENCE_DATE,
        /** No article body was recognised. */
        NO_BODY,
        /** No title was recognised. */
        NO_TITLE,
        /** The input was longer than the configured limit and was cut. */
        TRUNCATED,
        /** The markup was malformed or too deep and was read as far as possible. */
        MALFORMED_MARKUP,
        /** The input contained bytes that are not text in its charset; they were replaced. */
        UNDECODABLE_BYTES,
        /** A duplicated copy of the body was dropped. */
        DUPLICATE_BODY,
        /**
         * A stage or one sentence of it failed (a bug); its items were left out and the rest of
         * the report stands. The message names the stage: text, reference year, figures, timeline.
         */
        STAGE_FAILED,
        /** A bound was reached: items or mentions beyond it were left out. The message names the bound. */
        ITEMS_CUT
    }
}
