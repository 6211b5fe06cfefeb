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

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private QuantityResolver() {
    }

    /** The quantity a mention states, or empty. */
    static Optional<Quantity> resolve(Rules rules, RawMention m) {
        BigDecimal low = Numerals.parse(m.low());
        if (low == null) {
            return Optional.empty();
        }
        low = low.add(m.plus());
        BigDecimal high = null;
        Unit unit;
        switch (m.form()) {
            case RANK -> unit = Unit.RANK;
            case DISCOUNT -> {
                unit = Unit.PERCENT;
                if (low.compareTo(BigDecimal.TEN) < 0) {
                    low = low.multiply(BigDecimal.TEN);
                }
                if (low.signum() == 0 || low.compareTo(HUNDRED) > 0) {
                    return Optional.empty();
                }
            }
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
                Rules.UnitWord w = m.unit() == null ? null : rules.unitAt(m.unit(), 0);
                Rules.Currency part = m.unit() == null ? null : rules.currencyPartAt(m.unit(), 0);
                if (m.currency() != null && part != null && part.word().equals(m.unit()) && part.code().equals(m.currency())) {
                    // a price in a sub-unit: 5分/千瓦时 is 0.05 CNY per kWh
                    unit = Unit.currency(m.currency());
                    w = null;
                    low = low.multiply(part.factor());
                } else if (m.currency() != null && (w == null || w.kind() == Unit.Kind.MONEY && w.code().equals("CNY"))) {
                    unit = Unit.currency(m.currency());
                    low = low.multiply(w == null ? BigDecimal.ONE : w.factor());
                } else if (w == null) {
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
        Qualifier q = qualifier(rules, m);
        if (high != null && high.compareTo(low) < 0) {
            return Optional.empty();
        }
        Quantity out = high == null ? Quantity.of(low, unit, q) : Quantity.range(low, high, unit, q);
        return Optional.of(m.per() == null ? out : out.per(m.per()));
    }

    /** The qualifier: the word before wins, then the word after, then an inner 多/余, else EQ. */
    static Qualifier qualifier(Rules rules, RawMention m) {
        if (m.form() == RawMention.Form.RANK && "前".equals(m.pre())) {
            return Qualifier.LE;
        }
        if (m.pre() != null && rules.pre(m.pre()) != null) {
            return rules.pre(m.pre());
        }
        if (m.post() != null) {
            Qualifier q = rules.post(m.post());
            return q == Qualifier.GT && m.reached() ? Qualifier.GE : q;
        }
        return m.approx() != null ? Qualifier.APPROX : Qualifier.EQ;
    }

    /** The canonical unit of a unit word. */
    static Unit unit(Rules.UnitWord w) {
        if (w.time()) {
            return Unit.count(w.code()); // only years as a measure get here (受教育年限14.2年)
        }
        return switch (w.kind()) {
            case MONEY -> Unit.currency(w.code());
            case PERCENT -> w.code().equals("‰") ? Unit.PER_MILLE : Unit.PERCENT;
            case PERCENTAGE_POINT -> Unit.PERCENTAGE_POINT;
            case MULTIPLE -> Unit.MULTIPLE;
            case AREA -> w.code().equals("mu") ? Unit.MU : Unit.SQUARE_METRE;
            case LENGTH -> Unit.METRE;
            case VOLUME -> Unit.CUBIC_METRE;
            case CONCENTRATION -> Unit.MICROGRAM_PER_CUBIC_METRE;
            case TEMPERATURE -> Unit.CELSIUS;
            case POWER -> Unit.WATT;
            case MASS -> Unit.TONNE;
            case ENERGY -> Unit.KILOWATT_HOUR;
            case COUNT -> Unit.count(w.code());
            case RANK, NONE -> Unit.NONE;
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
