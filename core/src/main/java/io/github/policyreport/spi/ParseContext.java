package io.github.policyreport.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Options for one parse. Immutable; build with {@link #builder()} or use {@link #defaults()}.
 *
 * @param referenceDate the date relative expressions (今年, 去年) are resolved against when the page
 *                      itself gives no date; {@code null} leaves such pages without a reference
 *                      year. Extraction never reads the clock.
 * @param maxChars      longer inputs are cut to this many characters, with a warning
 */
public record ParseContext(LocalDate referenceDate, int maxChars) {

    /** Default cap on input length: 10 million characters. */
    public static final int DEFAULT_MAX_CHARS = 10_000_000;

    private static final ParseContext DEFAULTS = new ParseContext(null, DEFAULT_MAX_CHARS);

    /** Validates the limit. */
    public ParseContext {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
    }

    /** No reference date, default limits. */
    public static ParseContext defaults() {
        return DEFAULTS;
    }

    /** A context with this reference date and default limits. */
    public static ParseContext withReferenceDate(LocalDate referenceDate) {
        return new ParseContext(Objects.requireNonNull(referenceDate, "referenceDate"), DEFAULT_MAX_CHARS);
    }

    /** The reference date, if the caller gave one. */
    public Optional<LocalDate> referenceDateOptional() {
        return Optional.ofNullable(referenceDate);
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ParseContext}. */
    public static final class Builder {
        private LocalDate referenceDate;
        private int maxChars = DEFAULT_MAX_CHARS;

        private Builder() {
        }

        /** The date relative expressions are resolved against when the page gives none. */
        public Builder referenceDate(LocalDate date) {
            this.referenceDate = date;
            return this;
        }

        /** The longest input read, in characters. */
        public Builder maxChars(int maxChars) {
            this.maxChars = maxChars;
            return this;
        }

        /** The context. */
        public ParseContext build() {
            return new ParseContext(referenceDate, maxChars);
        }
    }
}
