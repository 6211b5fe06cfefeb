package io.github.policyreport.model;

import java.util.Objects;

/**
 * A part of the body under one heading (一、…, (一)…, 一是…, ■ …). The lead before the first
 * heading is a section with an empty heading.
 *
 * @param heading the heading as written, or empty for the lead
 * @param level   nesting depth, 1 for top-level headings
 * @param span    the section's extent in the source text, heading included
 */
public record Section(String heading, int level, Span span) {

    /** Validates non-null parts and a positive level. */
    public Section {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(span, "span");
        if (level < 1) {
            throw new IllegalArgumentException("level must be >= 1: " + level);
        }
    }
}
