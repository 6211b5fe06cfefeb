package io.github.policyreport.model;

import java.util.Objects;

/**
 * A dated happening: 2018年4月 汉中市被科技部、国家发改委列入新一批国家创新型试点城市. Relative dates
 * (今年8月初, 9月底) are resolved against the report's reference year.
 *
 * @param date        when, at the precision the text gives
 * @param description a short description in the original wording
 * @param evidence    the date expression and the sentence it anchors
 */
public record TimelineEvent(PartialDate date, String description, Evidence evidence) {

    /** Validates non-null parts and a non-blank description. */
    public TimelineEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(evidence, "evidence");
        if (description.isBlank()) {
            throw new IllegalArgumentException("an event needs a description");
        }
    }
}
