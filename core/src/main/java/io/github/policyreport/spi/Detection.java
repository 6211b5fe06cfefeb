package io.github.policyreport.spi;

import java.util.Comparator;
import java.util.Objects;

/**
 * A parser's opinion that it can read a document: a confidence in [0, 1] and the kind of
 * evidence behind it. The registry picks the highest confidence; ties go to the smaller id.
 *
 * @param confidence how sure the parser is, 0..1
 * @param basis      what the opinion rests on
 * @param reason     a short human-readable reason, e.g. the marker that was found
 */
public record Detection(double confidence, Basis basis, String reason) {

    /** Highest confidence first; at equal confidence, the stronger kind of evidence. */
    public static final Comparator<Detection> STRONGEST_FIRST =
            Comparator.comparingDouble(Detection::confidence).reversed()
                    .thenComparing(Detection::basis);

    /** Validates the confidence range. */
    public Detection {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reason, "reason");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    /** Evidence declared by the page itself: its URL or host, a meta tag naming the site. */
    public static Detection declared(double confidence, String reason) {
        return new Detection(confidence, Basis.DECLARED, reason);
    }

    /** Evidence from the page template: breadcrumbs, footers, metadata layout. */
    public static Detection structural(double confidence, String reason) {
        return new Detection(confidence, Basis.STRUCTURAL, reason);
    }

    /** Evidence from word statistics or keywords. */
    public static Detection statistical(double confidence, String reason) {
        return new Detection(confidence, Basis.STATISTICAL, reason);
    }

    /** What a detection rests on, strongest first. */
    public enum Basis { DECLARED, STRUCTURAL, STATISTICAL }
}
