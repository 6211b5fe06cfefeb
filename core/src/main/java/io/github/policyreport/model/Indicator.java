package io.github.policyreport.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An achieved, current or past measured fact: 高新技术企业 303家, 技术合同成交额 突破50亿元.
 *
 * @param subject  what is measured, the shortest phrase that identifies it, in Simplified script
 * @param quantity the figure
 * @param change   how it moved against a baseline, or {@code null}
 * @param period   the period it refers to when the text states one (2022年, 1-4月), or {@code null}
 * @param evidence where it was read
 */
public record Indicator(String subject, Quantity quantity, Change change, PartialDate period, Evidence evidence) {

    /** Validates non-null parts. */
    public Indicator {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** The change against a baseline, if the text states one. */
    public Optional<Change> changeOptional() {
        return Optional.ofNullable(change);
    }

    /** The period the figure refers to, if the text states one. */
    public Optional<PartialDate> periodOptional() {
        return Optional.ofNullable(period);
    }
}
