package io.github.policyreport;

import io.github.policyreport.mention.DateMention;
import io.github.policyreport.mention.QuantityMention;
import io.github.policyreport.model.Evidence;
import io.github.policyreport.model.Quantity;
import io.github.policyreport.model.Report;
import io.github.policyreport.model.Span;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One normalization for the pipeline and the probes: a sentence written in Traditional script, in
 * full-width forms, with variant characters, odd spaces, a wave dash or invisible characters gives
 * the same figures and dates as its plain Simplified form, through {@link Reports#parse} and through
 * {@link Mentions}; every figure the report keeps is one the probe finds at the same span, and every
 * span indexes the text as given. Columns: family, Simplified form, other writing, the timeline's
 * dates ({@code -} for none).
 */
class OneNormalizationTest {

    private static final LocalDate REFERENCE = LocalDate.of(2023, 10, 20);
    private static final String TITLE = "全市科技创新工作情况通报\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            work report, Traditional and full-width | 全市高新技术企业达到1250家,同比增长15.2%。 | 全市高新技術企業達到１２５０家，同比增長１５．２％。 | -
            statistical release, full-width year     | 2023年全省技术合同成交额达到36.5亿元。      | ２０２３年全省技術合同成交額達到36.5億元。 | -
            variant characters opencc leaves         | 陕西省研发投入达到800亿元,居全国第9位。     | 陜西省研發投入達到800億元，居全國第9位。 | -
            NBSP and a zero-width space             | 全区新增专利授权 3200件,其中发明专利450件。 | 全區新增專利授權\u00A03200件，其中發明專利\u200B450件。 | -
            wave dash between months                 | 5~8月,全市新增科技型中小企业420家。         | 5〜8月，全市新增科技型中小企業420家。 | -
            Hong Kong release                        | 创新科技署共资助项目1280个,涉及金额逾25亿港元。 | 創新科技署共資助項目1,280個，涉及金額逾25億港元。 | -
            Taiwanese plan                           | 至2025年底,将投入新台币1500亿元推动半导体产业发展。 | 至2025年底，將投入新臺幣1500億元推動半導體產業發展。 | -
            press conference                         | 9月12日,市科技局举办新闻发布会,通报前三季度全市新增企业560家。 | 9月12日，市科技局舉辦新聞發佈會，通報前三季度全市新增企業560家。 | 2023-09-12
            financial numerals                       | 基金会当年收到捐款叁拾万元,资助学生200名。  | 基金會當年收到捐款參拾萬元，資助學生200名。 | -
            Taiwanese plan, a phrase converts whole  | 依照计划,2025年将新增研发中心30个。        | 依照計畫，2025年將新增研發中心30個。 | -
            HK reply, a phrase converts whole        | 政府回复议员查询时表示,全年共资助项目480项。 | 政府回覆議員查詢時表示，全年共資助項目480項。 | -
            Taiwanese news, a phrase converts whole  | 学校借此引进检测设备120台。                | 學校藉此引進檢測設備120臺。 | -
            """)
    void readsEveryWritingOfASentenceAlike(String family, String simplified, String other, String events) throws Exception {
        String written = unescape(other);
        List<String> plain = quantities(simplified);
        assertThat(plain).as("the Simplified form has figures").isNotEmpty();
        assertThat(quantities(written)).isEqualTo(plain);
        assertThat(dates(written)).isEqualTo(dates(simplified));

        Report a = parse(simplified);
        Report b = parse(written);
        assertThat(figures(a)).as("the report keeps figures").isNotEmpty();
        assertThat(figures(b)).isEqualTo(figures(a));
        assertThat(b.timeline()).extracting(e -> e.date().toString())
                .isEqualTo(a.timeline().stream().map(e -> e.date().toString()).toList());
        assertThat(b.timeline()).extracting(e -> e.date().toString())
                .containsExactlyElementsOf(events.equals("-") ? List.of() : List.of(events.split(",")));
        assertProbeFindsEveryFigure(TITLE + written, b);
    }

    /** What the probe finds: value, unit and kind of each quantity; spans checked against the text. */
    private static List<String> quantities(String text) {
        List<QuantityMention> found = Mentions.quantities(text);
        found.forEach(m -> SpanChecks.assertIndexes(text, m.span()));
        return found.stream().map(m -> render(m.quantity()) + ":" + m.kind()).toList();
    }

    private static List<String> dates(String text) {
        List<DateMention> found = Mentions.dates(text, REFERENCE);
        found.forEach(m -> SpanChecks.assertIndexes(text, m.span()));
        return found.stream().map(m -> m.kind() + ":" + m.date() + ":" + m.from() + ":" + m.to()).toList();
    }

    private static Report parse(String sentence) throws Exception {
        String page = TITLE + sentence;
        Report r = Reports.parse(SourceDocument.ofText(page), ParseContext.withReferenceDate(REFERENCE));
        evidence(r).forEach(e -> SpanChecks.assertEvidence(page, e));
        return r;
    }

    private static List<String> figures(Report r) {
        List<String> out = new ArrayList<>();
        r.indicators().forEach(i -> out.add("I:" + render(i.quantity())));
        r.targets().forEach(t -> out.add("T:" + render(t.quantity()) + ":" + t.deadline()));
        return out;
    }

    private static Stream<Evidence> evidence(Report r) {
        return Stream.of(r.indicators().stream().map(i -> i.evidence()), r.targets().stream().map(t -> t.evidence()),
                r.timeline().stream().map(e -> e.evidence())).flatMap(s -> s);
    }

    private static void assertProbeFindsEveryFigure(String page, Report r) {
        List<Span> probed = Mentions.quantities(page).stream().map(QuantityMention::span).toList();
        Stream.concat(r.indicators().stream().map(i -> i.evidence().span()), r.targets().stream().map(t -> t.evidence().span()))
                .forEach(s -> assertThat(probed).as("probe spans").contains(s));
    }

    private static String render(Quantity q) {
        return q.value().stripTrailingZeros().toPlainString() + q.unit().code();
    }

    private static String unescape(String s) {
        return s.replace("\\u00A0", "\u00A0").replace("\\u200B", "\u200B");
    }
}
