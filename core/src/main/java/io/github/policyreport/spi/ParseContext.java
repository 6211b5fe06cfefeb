package io.github.policyreport.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Options for one parse: the reference date and the bounds that keep memory and time per page
 * linear in a page's size and small in absolute terms. Immutable; build with {@link #builder()} or
 * use {@link #defaults()}.
 *
 * <p>What each bound does when it is reached:
 * <ul>
 *   <li>{@code maxBytes}: a larger input is refused before it is read in full
 *       ({@link InputTooLargeException}); a file that is not a regular file is refused too;</li>
 *   <li>{@code maxChars}: the decoded text is cut, with a {@code TRUNCATED} warning;</li>
 *   <li>{@code maxItems}: indicators, targets and timeline events beyond this many (each) are
 *       dropped, with an {@code ITEMS_CUT} warning;</li>
 *   <li>{@code maxEvidenceChars}: an evidence sentence or a subject longer than this is cut to a
 *       window around its figure (on code-point boundaries);</li>
 *   <li>{@code maxMentionsPerSentence}: a sentence with more figures or more date mentions than
 *       this keeps the first ones, with an {@code ITEMS_CUT} warning.</li>
 * </ul>
 *
 * @param referenceDate          the date relative expressions (今年, 去年) are resolved against when
 *                               the page itself gives no date; {@code null} leaves such pages
 *                               without a reference year. Years 1–9999. Extraction never reads the clock.
 * @param maxBytes               the largest input read, in bytes
 * @param maxChars               longer inputs are cut to this many characters, with a warning
 * @param maxItems               the most indicators, targets and timeline events (each) per report
 * @param maxEvidenceChars       the longest evidence sentence or subject kept
 * @param maxMentionsPerSentence the most figures and date mentions (each) read in one sentence
 */
public record ParseContext(LocalDate referenceDate, long maxBytes, int maxChars, int maxItems, int maxEvidenceChars,
                           int maxMentionsPerSentence) {

    /** Default cap on input size: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
    /** Default cap on input length: 10 million characters. */
    public static final int DEFAULT_MAX_CHARS = 10_000_000;
    /** Default cap on indicators, targets and events (each) per report. */
    public static final int DEFAULT_MAX_ITEMS = 20_000;
    /** Default cap on an evidence sentence or subject, in characters. */
    public static final int DEFAULT_MAX_EVIDENCE_CHARS = 1_000;
    /** Default cap on figures and date mentions (each) in one sentence. */
    public static final int DEFAULT_MAX_MENTIONS_PER_SENTENCE = 1_000;
    /** The earliest reference date accepted. */
    public static final LocalDate MIN_REFERENCE_DATE = LocalDate.of(1, 1, 1);
    /** The latest reference date accepted. */
    public static final LocalDate MAX_REFERENCE_DATE = LocalDate.of(9999, 12, 31);

    private static final ParseContext DEFAULTS = builder().build();

    /**
     * Validates the reference date and the bounds.
     *
     * @throws IllegalArgumentException naming the option and its allowed range
     */
    public ParseContext {
        if (referenceDate != null && (referenceDate.isBefore(MIN_REFERENCE_DATE) || referenceDate.isAfter(MAX_REFERENCE_DATE))) {
            throw new IllegalArgumentException("reference date " + referenceDate + " is outside the years 1-9999");
        }
        positive("maxBytes", maxBytes);
        positive("maxChars", maxChars);
        positive("maxItems", maxItems);
        if (maxEvidenceChars < 40) {
            throw new IllegalArgumentException("maxEvidenceChars must be at least 40: " + maxEvidenceChars);
        }
        positive("maxMentionsPerSentence", maxMentionsPerSentence);
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    /** No reference date, default limits. */
    public static ParseContext defaults() {
        return DEFAULTS;
    }

    /**
     * A context with this reference date and default limits.
     *
     * @throws IllegalArgumentException if the date is outside the years 1–9999
     */
    public static ParseContext withReferenceDate(LocalDate referenceDate) {
        return builder().referenceDate(Objects.requireNonNull(referenceDate, "referenceDate")).build();
    }

    /** The reference date, if the caller gave one. */
    public Optional<LocalDate> referenceDateOptional() {
        return Optional.ofNullable(referenceDate);
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ParseContext}; every value starts at its default. */
    public static final class Builder {
        private LocalDate referenceDate;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private int maxChars = DEFAULT_MAX_CHARS;
        private int maxItems = DEFAULT_MAX_ITEMS;
        private int maxEvidenceChars = DEFAULT_MAX_EVIDENCE_CHARS;
        private int maxMentionsPerSentence = DEFAULT_MAX_MENTIONS_PER_SENTENCE;

        private Builder() {
        }

        /** The date relative expressions are resolved against when the page gives none. */
        public Builder referenceDate(LocalDate date) {
            this.referenceDate = date;
            return this;
        }

        /** The largest input read, in bytes. */
        public Builder maxBytes(long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        /** The longest input analysed, in characters. */
        public Builder maxChars(int maxChars) {
            this.maxChars = maxChars;
            return this;
        }

        /** The most indicators, targets and events (each) per report. */
        public Builder maxItems(int maxItems) {
            this.maxItems = maxItems;
            return this;
        }

        /** The longest evidence sentence or subject kept, in characters (at least 40). */
        public Builder maxEvidenceChars(int maxEvidenceChars) {
            this.maxEvidenceChars = maxEvidenceChars;
            return this;
        }

        /** The most figures and date mentions (each) read in one sentence. */
        public Builder maxMentionsPerSentence(int maxMentionsPerSentence) {
            this.maxMentionsPerSentence = maxMentionsPerSentence;
            return this;
        }

        /**
         * The context.
         *
         * @throws IllegalArgumentException if a value is out of range
         */
        public ParseContext build() {
            return new ParseContext(referenceDate, maxBytes, maxChars, maxItems, maxEvidenceChars, maxMentionsPerSentence);
        }
    }
}
