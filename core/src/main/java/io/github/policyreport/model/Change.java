package io.github.policyreport.model;

import java.util.Objects;

/**
 * How an indicator moved against a baseline: 同比增长43.2% is {@code UP 43.2 %} against 同比;
 * 下降13.2% is {@code DOWN 13.2 %}; 是去年全年的1.6倍 is {@code UP 1.6 x} against 去年全年.
 *
 * @param direction which way it moved
 * @param amount    by how much (a magnitude: %, pp, x or the indicator's own unit)
 * @param basis     what it is compared with as written (同比, 去年全年 …), empty when unstated
 */
public record Change(Direction direction, Quantity amount, String basis) {

    /** Validates non-null parts. */
    public Change {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(basis, "basis");
    }

    /** The direction of a change. */
    public enum Direction { UP, DOWN, FLAT }
}
