package io.github.policyreport.model;

import java.util.Objects;

/**
 * Where an extracted item comes from: the words it was read from and the sentence around them,
 * both as spans of the report's source text.
 *
 * @param span     the figure or date expression as written
 * @param sentence the sentence (or clause group) that contains it
 */
public record Evidence(Span span, Span sentence) {

    /** Checks that the sentence contains the span. */
    public Evidence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(sentence, "sentence");
        if (!span.within(sentence)) {
            throw new IllegalArgumentException("evidence " + span + " lies outside its sentence " + sentence);
        }
    }
}
