package io.github.policyreport.mention;

import io.github.policyreport.model.Quantity;
import io.github.policyreport.model.Span;
import io.github.policyreport.model.Unit;

import java.util.Objects;

/**
 * A quantity found in a text: where it is and what it means.
 *
 * @param span     the quantity as written (qualifier words such as 超过 or 以上 included), with offsets
 *                 into the probed text
 * @param quantity the resolved value, unit and qualifier
 * @param negative whether the number is written with a minus sign (负十八, -3.5%, 零下5, 负增长2.1%): the
 *                 quantity stays a magnitude, as everywhere in the model, and the span includes the sign
 */
public record QuantityMention(Span span, Quantity quantity, boolean negative) {

    /** A mention written without a minus sign. */
    public QuantityMention(Span span, Quantity quantity) {
        this(span, quantity, false);
    }

    /** Validates non-null parts. */
    public QuantityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quantity, "quantity");
    }

    /**
     * What it measures: its unit's kind, e.g. {@link Unit.Kind#MONEY}, {@link Unit.Kind#COUNT}, or
     * {@link Unit.Kind#NONE} for a bare number.
     */
    public Unit.Kind kind() {
        return quantity.unit().kind();
    }
}
