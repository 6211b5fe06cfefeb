package io.github.policyreport.internal.quantity;

import io.github.policyreport.model.Qualifier;
import io.github.policyreport.model.Quantity;
import io.github.policyreport.model.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Turns a {@link RawMention} into a {@link Quantity}: the exact value in the canonical unit, the
 * unit and the qualifier. Pure; empty for a mention that does not resolve (a zero denominator, a
 * numeral that is not well formed).
 */
final class QuantityResolver {

    private static final Rules R = Rules.INSTANCE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private QuantityResolver() {
    }

    /** The quantity a mention states, or empty. */
    static Optional<Quantity> resolve(RawMention m) {
        BigDecimal low = Numerals.parse(m.low());
        if (low == null) {
            return Optional.empty();
        }
        BigDecimal high = null;
        Unit unit;
        switch (m.form()) {
            case RANK -> unit = Unit.RANK;
            case PERCENT_WORD -> unit = Unit.PERCENT;
            case PER_MILLE_WORD -> unit = Unit.PER_MILLE;
            case TENTHS -> {
                unit = Unit.PERCENT;
                low = low.multiply(BigDecimal.TEN);
            }
            case FRACTION -> {
                BigDecimal den = Numerals.parse(m.high());
                if (den == null || den.signum() == 0) {
                    return Optional.empty();
                }
                unit = Unit.PERCENT;
                low = divide(low.multiply(HUNDRED), den);
            }
            default -> {
                Rules.UnitWord w = m.unit() == null ? null : R.unitAt(m.unit(), 0);
                if (w == null) {
                    unit = m.money() ? Unit.CNY : Unit.NONE;
                } else if (w.word().equals("番")) {
                    if (low.scale() > 0 || low.compareTo(BigDecimal.TEN) > 0) {
                        return Optional.empty();
                    }
                    unit = Unit.MULTIPLE;
                    low = BigDecimal.valueOf(2).pow(low.intValue());
                } else {
                    unit = unit(w);
                    low = low.multiply(w.factor());
                }
                if (m.high() != null) {
                    high = Numerals.parse(m.high());
                    if (high == null) {
                        return Optional.empty();
                    }
                    if (w != null) {
                        high = high.multiply(w.factor());
                    }
                }
            }
        }
        Qualifier q = qualifier(m);
        if (high != null && high.compareTo(low) < 0) {
            return Optional.empty();
        }
        return Optional.of(high == null ? Quantity.of(low, unit, q) : Quantity.range(low, high, unit, q));
    }

    /** The qualifier: the word before wins, then the word after, then an inner 多/余, else EQ. */
    static Qualifier qualifier(RawMention m) {
        if (m.pre() != null) {
            return R.pre(m.pre());
        }
        if (m.post() != null) {
            Qualifier q = R.post(m.post());
            return q == Qualifier.GT && m.reached() ? Qualifier.GE : q;
        }
        return m.approx() != null ? Qualifier.APPROX : Qualifier.EQ;
    }

    /** The canonical unit of a unit word. */
    static Unit unit(Rules.UnitWord w) {
        return switch (w.kind()) {
            case MONEY -> Unit.currency(w.code());
            case PERCENT -> w.code().equals("‰") ? Unit.PER_MILLE : Unit.PERCENT;
            case PERCENTAGE_POINT -> Unit.PERCENTAGE_POINT;
            case MULTIPLE -> Unit.MULTIPLE;
            case AREA -> w.code().equals("mu") ? Unit.MU : Unit.SQUARE_METRE;
            case LENGTH -> Unit.METRE;
            case POWER -> Unit.WATT;
            case MASS -> Unit.TONNE;
            case ENERGY -> Unit.KILOWATT_HOUR;
            case COUNT -> Unit.count(w.code());
            case TIME, NOT -> Unit.NONE;
        };
    }

    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        try {
            return a.divide(b);
        } catch (ArithmeticException nonTerminating) {
            return a.divide(b, MathContext.DECIMAL64).setScale(10, RoundingMode.HALF_EVEN);
        }
    }
}
