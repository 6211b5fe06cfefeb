package io.github.policyreport.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An achieved, current or past measured fact: 高新技术企业 303家, 技术合同成交额 突破50亿元.
 *
 * @param subject  what is measured, the shortest phrase that identifies it, in Simplified script
 * @param quantity the figure
 * @param change   how it moved against a baseline, or {@code null}
 * @param period   the period it refers to when the text states one (2022年, 1-4月), or {@code null}
 * @param evidence where it was read
 * @param region   the region the sentence names for it when other than the report's (重庆市), or {@code null}
 * @param section  the heading of the section it was read in, or {@code ""}
 * @param notes    caveats such as {@link FigureNote#LOW_CONFIDENCE_SUBJECT}
 */
public record Indicator(String subject, Quantity quantity, Change change, PartialDate period, Evidence evidence,
                        String region, String section, Set<FigureNote> notes) {

    /** Validates non-null parts. */
    public Indicator {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(evidence, "evidence");
        section = section == null ? "" : section;
        notes = notes == null ? Set.of() : Set.copyOf(notes);
    }

    /** An indicator without region, section or notes. */
    public Indicator(String subject, Quantity quantity, Change change, PartialDate period, Evidence evidence) {
        this(subject, quantity, change, period, evidence, null, "", Set.of());
    }

    /** The change against a baseline, if the text states one. */
    public Optional<Change> changeOptional() {
        return Optional.ofNullable(change);
    }

    /** The period the figure refers to, if the text states one. */
    public Optional<PartialDate> periodOptional() {
        return Optional.ofNullable(period);
    }

    /** The region named for the figure, if other than the report's. */
    public Optional<String> regionOptional() {
        return Optional.ofNullable(region);
    }
}
