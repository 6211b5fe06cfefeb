package io.github.policyreport.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure as a number in a canonical unit. Values are magnitudes as written: 下降13.2% is 13.2,
 * and the direction lives in {@link Change}; a minus sign written before the number (负3.2亿元, -3.5%)
 * is kept on the mention ({@link io.github.policyreport.mention.QuantityMention#negative()}). 1.1万家 is 11000 {@code 家}; 20.8亿元 is
 * 2080000000 {@code CNY}.
 *
 * @param value     the value (for a range, its low end), exact, never negative
 * @param unit      the canonical unit ({@link Unit#NONE} for a bare number)
 * @param qualifier how the figure bounds the true value
 * @param high      the high end of a range such as 5至8个, or {@code null}
 * @param per       the denominator of a rate as written, simplified (人 in 30万元/人, 千瓦时 in
 *                  5分/千瓦时), or {@code null}; the value is in the numerator's unit
 */
public record Quantity(BigDecimal value, Unit unit, Qualifier qualifier, BigDecimal high, String per) {

    /** A quantity that is no rate. */
    public Quantity(BigDecimal value, Unit unit, Qualifier qualifier, BigDecimal high) {
        this(value, unit, qualifier, high, null);
    }

    /** Validates that values are non-negative and a range is ordered. */
    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a quantity is a magnitude: " + value);
        }
        value = strip(value);
        if (high != null) {
            if (high.compareTo(value) < 0) {
                throw new IllegalArgumentException("range " + value + ".." + high + " is reversed");
            }
            high = strip(high);
        }
        if (per != null && per.isBlank()) {
            throw new IllegalArgumentException("a rate needs a denominator");
        }
    }

    /** This quantity as a rate per {@code denominator}. */
    public Quantity per(String denominator) {
        return new Quantity(value, unit, qualifier, high, Objects.requireNonNull(denominator, "denominator"));
    }

    /** The denominator of a rate. */
    public Optional<String> denominator() {
        return Optional.ofNullable(per);
    }

    /** A single value. */
    public static Quantity of(BigDecimal value, Unit unit, Qualifier qualifier) {
        return new Quantity(value, unit, qualifier, null);
    }

    /** A single exact value, e.g. {@code of("303", Unit.count("家"))}. */
    public static Quantity of(String value, Unit unit) {
        return new Quantity(new BigDecimal(value), unit, Qualifier.EQ, null);
    }

    /** A range {@code low..high}. */
    public static Quantity range(BigDecimal low, BigDecimal high, Unit unit, Qualifier qualifier) {
        return new Quantity(low, unit, qualifier, Objects.requireNonNull(high, "high"));
    }

    /** The high end of a range. */
    public Optional<BigDecimal> upperBound() {
        return Optional.ofNullable(high);
    }

    /** Whether this is a range. */
    public boolean isRange() {
        return high != null;
    }

    private static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
