package io.github.policyreport.mention;

import io.github.policyreport.model.Quantity;
import io.github.policyreport.model.Span;

import java.util.Objects;

/**
 * A quantity found in a text: where it is and what it means.
 *
 * @param span     the quantity as written (qualifier words such as 超过 or 以上 included), with offsets
 *                 into the probed text
 * @param quantity the resolved value, unit and qualifier
 * @param kind     what it measures, e.g. {@code MONEY}, {@code COUNT}, {@code PERCENT}, {@code NONE}
 *                 for a bare number (the name of the unit's {@link io.github.policyreport.model.Unit.Kind})
 */
public record QuantityMention(Span span, Quantity quantity, String kind) {

    /** Validates non-null parts. */
    public QuantityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(kind, "kind");
    }
}
