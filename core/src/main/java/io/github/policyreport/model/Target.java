package io.github.policyreport.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A forward-looking figure: a goal, plan or forecast such as 力争实现各类融资50亿元 or
 * 到2025年高新技术企业超过1.1万家.
 *
 * @param subject  what the figure is about, in Simplified script
 * @param quantity the figure
 * @param deadline when it is due (a year, or finer), or {@code null} when the text gives none
 * @param modality goal, plan or forecast
 * @param evidence where it was read
 * @param period   the period the figure covers when stated apart from the deadline (十五五时期), or {@code null}
 * @param region   the region the sentence names for it when other than the report's, or {@code null}
 * @param section  the heading of the section it was read in, or {@code ""}
 * @param notes    caveats such as {@link FigureNote#LOW_CONFIDENCE_SUBJECT}
 */
public record Target(String subject, Quantity quantity, PartialDate deadline, Modality modality, Evidence evidence,
                     PartialDate period, String region, String section, Set<FigureNote> notes) {

    /** Validates non-null parts. */
    public Target {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(evidence, "evidence");
        section = section == null ? "" : section;
        notes = notes == null ? Set.of() : Set.copyOf(notes);
    }

    /** A target without period, region, section or notes. */
    public Target(String subject, Quantity quantity, PartialDate deadline, Modality modality, Evidence evidence) {
        this(subject, quantity, deadline, modality, evidence, null, null, "", Set.of());
    }

    /** The deadline, if the text gives one. */
    public Optional<PartialDate> deadlineOptional() {
        return Optional.ofNullable(deadline);
    }

    /** The region named for the figure, if other than the report's. */
    public Optional<String> regionOptional() {
        return Optional.ofNullable(region);
    }
}
