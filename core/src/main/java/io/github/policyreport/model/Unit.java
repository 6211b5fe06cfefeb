package io.github.policyreport.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The canonical unit of a {@link Quantity}: money in {@code CNY} (yuan) or another ISO currency,
 * {@code %}, {@code pp} (percentage points), {@code x} (multiples), {@code rank}, {@code mu},
 * {@code m2}, {@code m}, {@code m3}, {@code μg/m3}, {@code °C}, {@code W}, {@code t}, {@code kWh}, or a count that keeps its Chinese
 * classifier in Simplified script (家, 个, 项, 名, 人次 …).
 *
 * @param code the unit as printed: the ISO code, the symbol, or the classifier
 * @param kind what the unit measures
 */
public record Unit(String code, Kind kind) {

    private static final Pattern ISO_CURRENCY = Pattern.compile("[A-Z]{3}");

    /** Yuan. */
    public static final Unit CNY = new Unit("CNY", Kind.MONEY);
    /** Percent. */
    public static final Unit PERCENT = new Unit("%", Kind.PERCENT);
    /** Per mille, kept apart from percent. */
    public static final Unit PER_MILLE = new Unit("‰", Kind.PERCENT);
    /** Percentage points (百分点). */
    public static final Unit PERCENTAGE_POINT = new Unit("pp", Kind.PERCENTAGE_POINT);
    /** Multiples (倍). */
    public static final Unit MULTIPLE = new Unit("x", Kind.MULTIPLE);
    /** A rank (第3, 首位). */
    public static final Unit RANK = new Unit("rank", Kind.RANK);
    /** Mu (亩), the Chinese land unit. */
    public static final Unit MU = new Unit("mu", Kind.AREA);
    /** Square metres. */
    public static final Unit SQUARE_METRE = new Unit("m2", Kind.AREA);
    /** Metres. */
    public static final Unit METRE = new Unit("m", Kind.LENGTH);
    /** Cubic metres (立方米, 方). */
    public static final Unit CUBIC_METRE = new Unit("m3", Kind.VOLUME);
    /** Micrograms per cubic metre, for air quality (微克/立方米). */
    public static final Unit MICROGRAM_PER_CUBIC_METRE = new Unit("μg/m3", Kind.CONCENTRATION);
    /** Degrees Celsius (摄氏度, ℃); a temperature below zero is a negative mention of its magnitude. */
    public static final Unit CELSIUS = new Unit("°C", Kind.TEMPERATURE);
    /** Watts. */
    public static final Unit WATT = new Unit("W", Kind.POWER);
    /** Tonnes (吨, 吨标准煤). */
    public static final Unit TONNE = new Unit("t", Kind.MASS);
    /** Kilowatt-hours. */
    public static final Unit KILOWATT_HOUR = new Unit("kWh", Kind.ENERGY);
    /** No unit: a bare number. */
    public static final Unit NONE = new Unit("", Kind.NONE);

    /** Checks that the code fits the kind. */
    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.NONE != code.isEmpty()) {
            throw new IllegalArgumentException("only Kind.NONE has an empty code: " + code + " " + kind);
        }
        if (kind == Kind.MONEY && !ISO_CURRENCY.matcher(code).matches()) {
            throw new IllegalArgumentException("money needs an ISO 4217 code: " + code);
        }
        if (kind == Kind.COUNT && code.codePoints().anyMatch(c -> c < 0x2E80)) {
            throw new IllegalArgumentException("a count unit is a Chinese classifier: " + code);
        }
    }

    /** A count with its classifier, e.g. {@code count("家")}. */
    public static Unit count(String classifier) {
        return new Unit(classifier, Kind.COUNT);
    }

    /** A currency by ISO 4217 code, e.g. {@code currency("USD")}. */
    public static Unit currency(String isoCode) {
        String code = isoCode.toUpperCase(Locale.ROOT);
        return code.equals("CNY") ? CNY : new Unit(code, Kind.MONEY);
    }

    /** Whether this is a count with a classifier. */
    public boolean isCount() {
        return kind == Kind.COUNT;
    }

    @Override
    public String toString() {
        return code;
    }

    /** What a unit measures. */
    public enum Kind {
        MONEY, PERCENT, PERCENTAGE_POINT, MULTIPLE, RANK, AREA, LENGTH, POWER, MASS, ENERGY, COUNT, NONE, VOLUME,
        CONCENTRATION, TEMPERATURE
    }
}
