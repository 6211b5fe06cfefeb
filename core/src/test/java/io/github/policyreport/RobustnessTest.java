package io.github.policyreport;

import io.github.policyreport.model.Evidence;
import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.Report;
import io.github.policyreport.model.Target;
import io.github.policyreport.model.TimelineEvent;
import io.github.policyreport.model.Warning;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.ReportException;
import io.github.policyreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page is a report: hostile repeats finish with bounded output (one row per rule family),
 * and the inputs that once killed a report, in our own minimal versions, now give one.
 */
class RobustnessTest {

    /**
     * Bounds small enough that each row shows them at work: every family below repeats far past
     * them (tens of times maxItems or maxMentionsPerSentence), so longer runs test nothing more.
     */
    private static final ParseContext SMALL = ParseContext.builder().maxItems(300).maxEvidenceChars(200)
            .maxMentionsPerSentence(50).referenceDate(LocalDate.of(2024, 6, 1)).build();

    static Stream<Arguments> families() {
        return Stream.of(
                Arguments.of("digits", "1".repeat(50_000)),
                Arguments.of("digits with units", "全市企业" + "12345678".repeat(5_000) + "元"),
                Arguments.of("亿", "投资" + "亿".repeat(25_000) + "元"),
                Arguments.of("年", "2023" + "年".repeat(25_000)),
                Arguments.of("years", "2023年".repeat(10_000)),
                Arguments.of("今年", "今年".repeat(25_000)),
                Arguments.of("、 lists", "新增企业" + "12家、".repeat(7_500)),
                Arguments.of("第 ordinals", "排名" + "第".repeat(25_000) + "3位"),
                Arguments.of("至 ranges", "2021年" + "至".repeat(25_000) + "2023年"),
                Arguments.of("至 between figures", "增长" + "5%至".repeat(10_000)),
                Arguments.of("quotes", "“".repeat(12_500) + "3家" + "”".repeat(12_500)),
                Arguments.of("adjacent figures", "9元".repeat(2_500)),
                Arguments.of("figures in one endless sentence", "全市" + "企业120家,".repeat(7_500) + "。"),
                Arguments.of("dates in one sentence", "项目于" + "2023年3月5日,".repeat(5_000) + "开工。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void longRepeatsOfOneRuleFamilyFinishWithBoundedOutput(String family, String text) throws ReportException {
        Report r = Reports.parse(SourceDocument.ofText(text), SMALL);
        assertBounded(r, SMALL);
    }

    @Test
    void sixtyThousandNestedDivsGiveAReport() throws ReportException {
        String html = "<html><body>" + "<div>".repeat(60_000) + "<p>全市新增科技型企业320家。</p></body></html>";
        Report r = Reports.parse(SourceDocument.ofHtml(html), SMALL);
        assertBounded(r, SMALL);
        assertThat(r.indicators()).extracting(i -> i.quantity().value().intValue()).contains(320);
    }

    @Test
    void aRangeInTenThousandsIsReadNotThrown() throws ReportException {
        for (String s : new String[] {"全市企业平均月薪1.5万-2万元。", "年均收入2.5万—3万元。", "项目投资1.2亿-1.5亿元。"}) {
            Report r = Reports.parse(s);
            assertThat(r.indicators()).as(s).isNotEmpty();
            assertThat(r.warnings()).extracting(Warning::code).doesNotContain(Warning.Code.STAGE_FAILED);
        }
        Indicator wage = Reports.parse("全市企业平均月薪1.5万-2万元。").indicators().get(0);
        assertThat(wage.quantity().value()).isEqualByComparingTo(new BigDecimal("15000"));
    }

    @Test
    void aPageInYearNineThousandNineHundredNinetyNineStillGivesAReport() throws ReportException {
        String page = "某县9999年科技工作总结\n9999年,全县新增科技型企业120家,比去年增长10%。去年3月召开科技大会。\n";
        Report r = Reports.parse(page);
        assertThat(r.indicators()).isNotEmpty();
        Integer year = r.metadata().referenceYear();
        assertThat(year == null || (year >= 1 && year <= 9999)).isTrue();
        r.timeline().forEach(e -> assertThat(e.date().year()).isBetween(1, 9999));
    }

    @Test
    void extremeReferenceDatesResolveDatelessPages() throws ReportException {
        String page = "去年全县新增科技型企业120家,今年3月召开科技大会,明年力争突破200家。\n";
        for (LocalDate d : new LocalDate[] {LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)}) {
            Report r = Reports.parse(SourceDocument.ofText(page), ParseContext.withReferenceDate(d));
            assertThat(r.indicators().size() + r.targets().size()).as("%s", d).isPositive();
            assertThat(r.warnings()).extracting(Warning::code).doesNotContain(Warning.Code.STAGE_FAILED);
        }
    }

    @Test
    void tenThousandAdjacentFiguresKeepSubjectsShort() throws ReportException {
        Report r = Reports.parse(SourceDocument.ofText("9元".repeat(10_000)), ParseContext.defaults());
        assertBounded(r, ParseContext.defaults());
    }

    @Test
    void aLineOfManyFiguresIsCutWithAWarning() throws ReportException {
        String line = "全市" + "新增企业120家,".repeat(20_000) + "。";
        Report r = Reports.parse(SourceDocument.ofText(line), SMALL);
        assertBounded(r, SMALL);
        assertThat(r.indicators()).isNotEmpty();
        assertThat(r.warnings()).extracting(Warning::code).contains(Warning.Code.ITEMS_CUT);
    }

    @Test
    void aZeroWidthSpaceInsideANumberDoesNotChangeIt() throws ReportException {
        Report r = Reports.parse("全市高新技术企业达到30\u200B3家,同比增长1\u200D5%。");
        assertThat(r.indicators()).extracting(i -> i.quantity().value().intValue()).contains(303, 15);
        r.indicators().forEach(i -> SpanChecks.assertEvidence(r.sourceText(), i.evidence()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invisibleNumbers")
    void theProbesReadNumbersAndDatesThroughInvisibleCharacters(String text, int value, int year) {
        List<io.github.policyreport.mention.QuantityMention> q = io.github.policyreport.Mentions.quantities(text);
        assertThat(q).extracting(m -> m.quantity().value().intValue()).contains(value);
        q.forEach(m -> SpanChecks.assertIndexes(text, m.span()));
        List<io.github.policyreport.mention.DateMention> d = io.github.policyreport.Mentions.dates(text, null);
        assertThat(d).extracting(m -> m.date().year()).contains(year);
        d.forEach(m -> SpanChecks.assertIndexes(text, m.span()));
    }

    static Stream<Arguments> invisibleNumbers() {
        return Stream.of(
                Arguments.of("20\u200B23年新增企业30\u200B3家", 303, 2023),
                Arguments.of("\u202B2019年\u202C投资\u20601\u00AD2亿元", 1_200_000_000, 2019),
                Arguments.of("截至2024年\uFEFF底,专利\u200D5\u200C0件", 50, 2024));
    }

    @Test
    void evidenceWindowsNeverCutAnEmojiInHalf() throws ReportException {
        String emoji = "\uD83D\uDE80";
        StringBuilder sb = new StringBuilder("全市");
        for (int i = 0; i < 400; i++) {
            sb.append(emoji).append("企业").append(100 + i).append("家").append(emoji).append(',');
        }
        Report r = Reports.parse(SourceDocument.ofText(sb.append('。').toString()), SMALL);
        assertThat(r.indicators()).isNotEmpty();
        for (Indicator i : r.indicators()) {
            String s = i.evidence().sentence().text();
            assertThat(Character.isLowSurrogate(s.charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(s.charAt(s.length() - 1))).isFalse();
        }
    }

    @Test
    void noSubjectDescriptionOrEvidenceEndsInHalfAnEmoji() throws ReportException {
        String e = "\uD83D\uDE80";
        for (int k = 0; k < 40; k++) {
            String pad = e.repeat(k) + "文".repeat(k % 2);
            String page = pad + "全市新增科技型企业" + pad + "120家," + pad + "技术合同成交额突破5亿元。\n"
                    + pad + "2023年3月5日," + pad + "全市科技创新大会" + e.repeat(60) + "召开。\n";
            Report r = Reports.parse(SourceDocument.ofText(page), SMALL);
            List<String> texts = new ArrayList<>();
            r.indicators().forEach(i -> texts.addAll(List.of(i.subject(), i.evidence().sentence().text())));
            r.targets().forEach(t -> texts.addAll(List.of(t.subject(), t.evidence().sentence().text())));
            r.timeline().forEach(t -> texts.addAll(List.of(t.description(), t.evidence().sentence().text())));
            for (String t : texts) {
                assertThat(wellFormed(t)).as("k=%d: %s", k, t).isTrue();
            }
        }
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(++i)))) {
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aPageWhoseMetaCharsetLiesIsReadInItsRealCharset() throws ReportException {
        String html = "<html><head><meta charset=\"utf-16\"><title>某区科技局</title></head><body>"
                + "<p>全区新增科技型企业320家。</p></body></html>";
        Report r = Reports.parse(html.getBytes(StandardCharsets.UTF_8));
        assertThat(r.sourceText()).contains("全区新增科技型企业320家。");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsText() throws ReportException {
        Report r = Reports.parse("全区新增科技型企业320家。\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(r.indicators()).extracting(i -> i.quantity().value().intValue()).containsExactly(320);
    }

    static void assertBounded(Report r, ParseContext c) {
        assertThat(r.indicators().size()).isLessThanOrEqualTo(c.maxItems());
        assertThat(r.targets().size()).isLessThanOrEqualTo(c.maxItems());
        assertThat(r.timeline().size()).isLessThanOrEqualTo(c.maxItems());
        assertThat(r.warnings()).extracting(Warning::code).doesNotContain(Warning.Code.STAGE_FAILED);
        List<Evidence> all = new ArrayList<>();
        for (Indicator i : r.indicators()) {
            assertThat(i.subject().length()).isLessThanOrEqualTo(c.maxEvidenceChars());
            all.add(i.evidence());
        }
        for (Target t : r.targets()) {
            assertThat(t.subject().length()).isLessThanOrEqualTo(c.maxEvidenceChars());
            all.add(t.evidence());
        }
        for (TimelineEvent e : r.timeline()) {
            assertThat(e.description().length()).isLessThanOrEqualTo(c.maxEvidenceChars());
            all.add(e.evidence());
        }
        for (Evidence e : all) {
            SpanChecks.assertEvidence(r.sourceText(), e);
            assertThat(e.sentence().length()).isLessThanOrEqualTo(Math.max(c.maxEvidenceChars() + 2, e.span().length()));
        }
    }
}
