package io.github.policyreport.internal.time;

import io.github.policyreport.GoldenCase;
import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.Meta;
import io.github.policyreport.internal.text.NormalizedText;
import io.github.policyreport.internal.text.Normalizer;
import io.github.policyreport.internal.text.Paragraph;
import io.github.policyreport.model.PartialDate;
import io.github.policyreport.model.Script;
import io.github.policyreport.model.TimelineEvent;
import io.github.policyreport.spi.ParseContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed pages against their gold: the reference year of every page, with and without its
 * published date, and the timeline scored as {@code score.py} does (events match on the date
 * string, one to one; predictions on an optional event's date are ignored). The body is every
 * non-blank line, so the test does not depend on the text layer's boilerplate removal.
 */
class DateSeedGoldenTest {

    private static final Pattern EVENT = Pattern.compile(
            "\"date\":\\s*\"([^\"]+)\"[^}]*?\"optional\":\\s*(true|false)");
    private static final Pattern YEAR = Pattern.compile("\"reference_year\":\\s*(\\d+)");
    private static final Pattern PUBLISHED = Pattern.compile("\"published\":\\s*(null|\"([^\"]*)\")");

    static List<GoldenCase> seeds() {
        return GoldenCase.all();
    }

    private static Analysis analysis(GoldenCase seed, boolean withPublished) {
        NormalizedText nt = Normalizer.normalize(seed.text());
        String t = nt.text();
        List<Paragraph> body = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '\n') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(t.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    body.add(Paragraph.of(t, s, e, -1, 0));
                }
                start = i + 1;
            }
        }
        Matcher p = PUBLISHED.matcher(gold(seed));
        assertThat(p.find()).isTrue();
        PartialDate published = withPublished && p.group(2) != null ? PartialDate.parse(p.group(2)) : null;
        Meta meta = new Meta(null, published, null, List.of(), List.of(), List.of(), Script.SIMPLIFIED);
        return new Analysis(nt, body, List.of(), meta, List.of());
    }

    private static String gold(GoldenCase seed) {
        return seed.expected().toString();
    }

    private static int goldYear(GoldenCase seed) {
        Matcher m = YEAR.matcher(gold(seed));
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void decidesTheGoldReferenceYearWithTheGoldPublishedDate(GoldenCase seed) {
        Analysis a = analysis(seed, true);
        assertThat(TimeStage.defaults().referenceYear(a, ParseContext.defaults(), new ArrayList<>())).isEqualTo(goldYear(seed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void decidesTheGoldReferenceYearWithoutAPublishedDate(GoldenCase seed) {
        Analysis a = analysis(seed, false);
        assertThat(TimeStage.defaults().referenceYear(a, ParseContext.defaults(), new ArrayList<>())).isEqualTo(goldYear(seed));
    }

    @Test
    void scoresTheTimelineAtLeastNinetyPercentF1() {
        int tp = 0;
        int gold = 0;
        int predicted = 0;
        for (GoldenCase seed : seeds()) {
            Analysis a = analysis(seed, true);
            Integer year = TimeStage.defaults().referenceYear(a, ParseContext.defaults(), new ArrayList<>());
            List<TimelineEvent> events = TimeStage.defaults().timeline(a, year);
            Spans.assertEvents(a, events);
            List<String> required = new ArrayList<>();
            List<String> optional = new ArrayList<>();
            Matcher m = EVENT.matcher(gold(seed));
            while (m.find()) {
                (m.group(2).equals("true") ? optional : required).add(m.group(1));
            }
            List<String> dates = new ArrayList<>();
            for (TimelineEvent e : events) {
                if (!optional.contains(e.date().toString())) {
                    dates.add(e.date().toString());
                }
            }
            gold += required.size();
            predicted += dates.size();
            for (String d : required) {
                if (dates.remove(d)) {
                    tp++;
                }
            }
        }
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        assertThat(gold).isPositive();
        assertThat(f1).as("events P=%.3f R=%.3f (tp=%d gold=%d pred=%d)", p, r, tp, gold, predicted)
                .isGreaterThanOrEqualTo(0.90);
    }
}
