package io.github.policyreport.mention;

import io.github.policyreport.model.PartialDate;
import io.github.policyreport.model.Span;

import java.util.Objects;
import java.util.Optional;

/**
 * A date expression found in a text: a point (2021年12月31日, 今年8月初), a range (2014-2016年,
 * 十四五) or a duration (近三年, 连续10年).
 *
 * @param span the expression as written, with offsets into the probed text
 * @param kind point, range or duration
 * @param date the date of a point, at the precision given; null otherwise or when unresolvable
 * @param from the first date of a range, or null
 * @param to    the last date of a range, or null
 * @param vague whether the text only hints at the time (近日, 日前: a range shortly before the
 *              reference date); a vague mention never dates an event
 */
public record DateMention(Span span, Kind kind, PartialDate date, PartialDate from, PartialDate to,
                          boolean vague) {

    /** Validates that the parts fit the kind. */
    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.POINT && date != null) {
            throw new IllegalArgumentException("only a point has a date");
        }
        if (kind != Kind.RANGE && (from != null || to != null)) {
            throw new IllegalArgumentException("only a range has from/to");
        }
    }

    /** A mention that is not vague. */
    public DateMention(Span span, Kind kind, PartialDate date, PartialDate from, PartialDate to) {
        this(span, kind, date, from, to, false);
    }

    /** The date of a point, if resolved. */
    public Optional<PartialDate> dateOptional() {
        return Optional.ofNullable(date);
    }

    /** What a date expression denotes. */
    public enum Kind { POINT, RANGE, DURATION }
}
