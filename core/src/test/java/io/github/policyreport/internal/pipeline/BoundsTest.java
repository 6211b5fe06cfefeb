package io.github.policyreport.internal.pipeline;

import io.github.policyreport.SpanChecks;
import io.github.policyreport.model.Evidence;
import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.Quantity;
import io.github.policyreport.model.Span;
import io.github.policyreport.model.Unit;
import io.github.policyreport.model.Warning;
import io.github.policyreport.spi.ParseContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundsTest {

    private static final ParseContext CTX = ParseContext.builder().maxItems(3).maxEvidenceChars(40).build();

    private static Indicator indicator(String source, String figure, String subject) {
        int at = source.indexOf(figure);
        return new Indicator(subject, Quantity.of("120", Unit.count("家")), null, null,
                new Evidence(Span.of(source, at, at + figure.length()), Span.of(source, 0, source.length())));
    }

    @Test
    void listsOverMaxItemsAreCutWithAWarning() {
        List<Warning> warnings = new ArrayList<>();
        Bounds b = new Bounds("", CTX, false);
        assertThat(b.cap(List.of(1, 2, 3), "indicators", warnings)).hasSize(3);
        assertThat(warnings).isEmpty();
        assertThat(b.cap(List.of(1, 2, 3, 4, 5), "indicators", warnings)).containsExactly(1, 2, 3);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(Warning.Code.ITEMS_CUT);
            assertThat(w.message()).contains("5 indicators").contains("maxItems");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 30, 59, 60, 61, 100})
    void aLongSentenceBecomesAWindowAroundItsFigureOnCodePointBoundaries(int pad) {
        String emoji = "\uD83D\uDE80";
        String source = emoji.repeat(pad) + "全市新增企业120家" + emoji.repeat(100 - pad) + "。";
        Indicator i = new Bounds(source, CTX, false).bound(indicator(source, "120家", "企业"));
        Span s = i.evidence().sentence();
        SpanChecks.assertEvidence(source, i.evidence());
        assertThat(s.length()).isLessThanOrEqualTo(CTX.maxEvidenceChars() + 2);
        assertThat(Character.isLowSurrogate(s.text().charAt(0))).isFalse();
        assertThat(Character.isHighSurrogate(s.text().charAt(s.length() - 1))).isFalse();
    }

    @Test
    void itemsOfOneSentenceShareOneSpanAndShortOnesAreKept() {
        String source = "全市新增企业120家,技术合同成交额突破5亿元。";
        Bounds b = new Bounds(source, CTX, false);
        Indicator a = indicator(source, "120家", "企业");
        assertThat(b.bound(a).evidence()).isSameAs(a.evidence());
        Indicator c = indicator(source, "5亿元", "技术合同成交额");
        assertThat(b.bound(c).evidence().sentence()).isSameAs(a.evidence().sentence());
    }

    @Test
    void aBoundedItemKeepsEveryOtherField() {
        String source = "全市" + "、".repeat(100) + "新增企业120家。";
        Indicator base = indicator(source, "120家", "企业".repeat(30));
        Indicator full = new Indicator(base.subject(), base.quantity(), null, null, base.evidence(), "重庆市", "工作回顾",
                java.util.Set.of(io.github.policyreport.model.FigureNote.values()));
        Indicator b = new Bounds(source, CTX, false).bound(full);
        assertThat(b.subject()).hasSize(CTX.maxEvidenceChars());
        assertThat(b.evidence().sentence().length()).isLessThanOrEqualTo(CTX.maxEvidenceChars() + 2);
        assertThat(b.region()).isEqualTo("重庆市");
        assertThat(b.section()).isEqualTo("工作回顾");
        assertThat(b.notes()).isEqualTo(full.notes());
    }

    @Test
    void longSubjectsAreCutWithoutSplittingAPair() {
        Bounds b = new Bounds("", CTX, false);
        String subject = "企".repeat(39) + "\uD83D\uDE80" + "业".repeat(20);
        assertThat(b.text(subject)).hasSize(39);
        assertThat(b.text("企业")).isEqualTo("企业");
    }

    @Test
    void anItemWhoseSpanDoesNotIndexTheSourceIsDroppedOrThrownInStrictMode() {
        String source = "全市新增企业120家。";
        Indicator ok = indicator(source, "120家", "企业");
        Indicator bad = indicator("全市新增企业130家。", "130家", "企业");
        List<Warning> warnings = new ArrayList<>();
        Bounds lenient = new Bounds(source, CTX, false);
        assertThat(lenient.indexes(ok.evidence(), "figures: an indicator", warnings)).isTrue();
        assertThat(lenient.indexes(bad.evidence(), "figures: an indicator", warnings)).isFalse();
        assertThat(warnings).extracting(Warning::code).containsExactly(Warning.Code.STAGE_FAILED);
        assertThatThrownBy(() -> new Bounds(source, CTX, true).indexes(bad.evidence(), "figures", new ArrayList<>()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sentencesWhoseOffsetsShareAHashEachKeepTheirOwnSpan() {
        // a long page has many sentences whose start ^ end is the same (the plain pair's hash);
        // the shared-sentence cache must still tell every pair apart
        String source = "全市新增企业120家。".repeat(300);
        Bounds b = new Bounds(source, ParseContext.defaults(), false);
        int checked = 0;
        for (int start = 0; start + 11 <= source.length(); start += 11) {
            for (int end = start + 11; end <= Math.min(source.length(), start + 64); end++) {
                if ((start ^ end) != 0x40) {
                    continue;
                }
                Evidence e = new Evidence(Span.of(source, start + 6, start + 10), Span.of(source, start, end));
                Evidence bounded = b.bound(e);
                assertThat(bounded.sentence().start()).isEqualTo(start);
                assertThat(bounded.sentence().end()).isEqualTo(end);
                SpanChecks.assertEvidence(source, bounded);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }
}
