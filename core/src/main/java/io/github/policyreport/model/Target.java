package io.github.policyreport.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A forward-looking figure: a goal, plan or forecast such as 力争实现各类融资50亿元 or
 * 到2025年高新技术企业超过1.1万家.
 *
 * @param subject  what the figure is about, in Simplified script
 * @param quantity the figure
 * @param deadline when it is due (a year, or finer), or {@code null} when the text gives none
 * @param modality goal, plan or forecast
 * @param evidence where it was read
 */
public record Target(String subject, Quantity quantity, PartialDate deadline, Modality modality, Evidence evidence) {

    /** Validates non-null parts. */
    public Target {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** The deadline, if the text gives one. */
    public Optional<PartialDate> deadlineOptional() {
        return Optional.ofNullable(deadline);
    }
}
