package io.github.policyreport.parsers;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.policyreport.Reports;
import io.github.policyreport.mention.DateMention;
import io.github.policyreport.Mentions;
import io.github.policyreport.mention.QuantityMention;
import io.github.policyreport.model.Report;
import io.github.policyreport.model.Span;
import io.github.policyreport.spi.InputTooLargeException;
import io.github.policyreport.spi.NotTextException;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.ReportException;
import io.github.policyreport.spi.SourceDocument;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzz targets (Jazzer). In a normal build each target replays its inputs kept in
 * {@code src/test/resources/io/github/policyreport/parsers/ParseFuzzTestInputs/<target>/}: the seed
 * corpus and every crash ever found. To fuzz one target for a set time:
 *
 * <pre>
 * JAZZER_FUZZ=1 nice -n 10 mvn -B -ntp -o -pl core,parsers test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='ParseFuzzTest#parseBytes'
 * </pre>
 *
 * runs {@code parseBytes} for its {@code maxDuration} (10 minutes) or until the first finding.
 *
 * A finding is written into the inputs folder as {@code crash-<hash>}: fix the code, keep the file.
 */
class ParseFuzzTest {

    /** Small bounds so that one input stays fast; the bounds themselves are under test. */
    private static final ParseContext SMALL = ParseContext.builder().maxBytes(200_000).maxChars(100_000).build();

    /** Bytes in: a report, or a typed refusal for non-text; a parser failure is a finding. */
    @FuzzTest(maxDuration = "10m")
    void parseBytes(FuzzedDataProvider data) throws ReportException {
        Report r;
        try {
            r = Reports.parse(SourceDocument.of("fuzz.html", data.consumeRemainingAsBytes()), SMALL);
        } catch (NotTextException | InputTooLargeException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(r.sourceText().length()).isLessThanOrEqualTo(SMALL.maxChars());
    }

    /** A string in (text or HTML by content): always a report, never an exception. */
    @FuzzTest(maxDuration = "10m")
    void parseString(FuzzedDataProvider data) throws ReportException {
        String text = data.consumeRemainingAsString();
        Report r = Reports.parse(SourceDocument.ofText(text), SMALL);
        assertThat(r.sourceText().length()).isLessThanOrEqualTo(SMALL.maxChars());
        SiteParsersTest.spans(r).forEach(s -> indexes(r.sourceText(), s));
    }

    /** The quantity probe on any text: spans index the text, in order. */
    @FuzzTest(maxDuration = "10m")
    void quantities(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        List<QuantityMention> found = Mentions.quantities(text);
        int last = 0;
        for (QuantityMention m : found) {
            indexes(text, m.span());
            assertThat(m.span().start()).isGreaterThanOrEqualTo(last);
            last = m.span().start();
        }
    }

    /** The date probe on any text and reference date (years 1–9999): spans index the text. */
    @FuzzTest(maxDuration = "10m")
    void dates(FuzzedDataProvider data) {
        LocalDate ref = data.consumeBoolean() ? null
                : LocalDate.of(data.consumeInt(1, 9999), data.consumeInt(1, 12), data.consumeInt(1, 28));
        String text = data.consumeRemainingAsString();
        for (DateMention m : Mentions.dates(text, ref)) {
            indexes(text, m.span());
        }
    }

    private static void indexes(String text, Span s) {
        assertThat(s.end()).isBetween(s.start(), text.length());
        assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
}
