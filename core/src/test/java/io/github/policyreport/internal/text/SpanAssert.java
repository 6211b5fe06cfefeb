package io.github.policyreport.internal.text;

import io.github.policyreport.model.Section;
import io.github.policyreport.model.Span;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks every span of an analysis: in bounds, its text the source text there, and normalizing back. */
final class SpanAssert {

    private SpanAssert() {
    }

    static void assertSpans(Analysis a) {
        String source = a.source();
        for (Paragraph p : a.body()) {
            assertThat(p.start()).isBetween(0, a.text().length());
            assertThat(p.end()).isBetween(p.start(), a.text().length());
            Span s = a.span(p.start(), p.end());
            check(source, s);
            assertThat(Normalizer.normalize(s.text()).text()).isEqualTo(a.text(p));
            assertThat(p.section()).isBetween(-1, a.sections().size() - 1);
            if (p.section() >= 0) {
                assertThat(s.within(a.sections().get(p.section()).span())).as("paragraph inside its section").isTrue();
            }
        }
        for (Section sec : a.sections()) {
            check(source, sec.span());
            if (!sec.heading().isEmpty()) {
                assertThat(sec.span().text()).startsWith(sec.heading());
            }
        }
    }

    static void check(String source, Span s) {
        io.github.policyreport.SpanChecks.assertIndexes(source, s);
    }
}
