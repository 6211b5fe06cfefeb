package io.github.policyreport;

import io.github.policyreport.model.Evidence;
import io.github.policyreport.model.Span;

import static org.assertj.core.api.Assertions.assertThat;

/** The one check every span the project produces must pass, shared by the tests of every package. */
public final class SpanChecks {

    private SpanChecks() {
    }

    /**
     * The span lies inside {@code source} and its text is exactly the source's text there ({@link Span}
     * itself guarantees {@code 0 <= start <= end} and a text of that length).
     */
    public static void assertIndexes(String source, Span s) {
        assertThat(s.end()).as("end of %s", s).isLessThanOrEqualTo(source.length());
        assertThat(source.substring(s.start(), s.end())).isEqualTo(s.text());
    }

    /** Both spans of the evidence index {@code source} ({@link Evidence} keeps the figure in its sentence). */
    public static void assertEvidence(String source, Evidence e) {
        assertIndexes(source, e.span());
        assertIndexes(source, e.sentence());
    }
}
