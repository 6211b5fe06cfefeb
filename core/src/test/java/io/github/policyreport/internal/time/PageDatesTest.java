package io.github.policyreport.internal.time;

import io.github.policyreport.internal.RuleFile;
import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.Paragraph;
import io.github.policyreport.model.TimelineEvent;
import io.github.policyreport.model.Warning;
import io.github.policyreport.spi.ParseContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A page's date expressions are found once ({@link PageDates}) and shared by the reference year and
 * the timeline, each resolving them in its own context; the event verbs are kept per page as
 * positions only ({@link Verbs}). Body paragraphs are separated by {@code /}; a line starting with
 * {@code ~} is outside the body.
 */
class PageDatesTest {

    private static final TimeStage STAGE = TimeStage.defaults();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # genre              | published  | body | year | event dates
            work report          | 2024-02-05 | 2023年,全区新增高新技术企业86家。/今年3月,区科技局将启动第二批项目申报。/去年9月18日,创新园区正式开园。 | 2024 | 2024-03, 2023-09-18
            press conference     | 2025-06-12 | 6月10日上午,市政府新闻办召开新闻发布会。/今年4月20日,首批12个项目集中签约。/5月中旬,专家组完成现场评审。 | 2025 | 2025-06-10, 2025-04-20, 2025-05
            Taiwanese text       | null       | 2022年,本市研發經費投入成長8%。/去年10月,科技園區第二期動工。/今年5月12日,新創基地舉行揭牌儀式。 | 2023 | 2022-10, 2023-05-12
            chronicle            | null       | 2019年6月/示范区获批建设,首批企业入驻。/2021年3月/孵化大楼建成投用。/今年以来,累计引进团队15个。 | 2021 | 2019-06, 2021-03
            statistical release  | 2024-07-15 | 1-6月,全省规模以上工业增加值增长6.2%。/上半年,技术合同成交额同比增长15%。/7月12日,省统计局发布上述数据。 | 2024 | 2024-07-12
            """)
    void sharedExpressionsGiveWhatEachReaderFindsAlone(String genre, String published, String body, Integer year,
                                                      String eventDates) {
        Analysis a = Spans.analysis(published, body.split("/"));
        ParseContext context = ParseContext.defaults();
        // each reader on a page of its own
        Integer yearAlone = STAGE.referenceYear(STAGE.read(a), context, new ArrayList<>());
        List<TimelineEvent> eventsAlone = STAGE.timeline(STAGE.read(a), yearAlone, context, new ArrayList<>());
        // both on one page, in the pipeline's order and the other way round
        PageDates shared = STAGE.read(a);
        Integer yearShared = STAGE.referenceYear(shared, context, new ArrayList<>());
        List<TimelineEvent> eventsShared = STAGE.timeline(shared, yearShared, context, new ArrayList<>());
        PageDates reversed = STAGE.read(a);
        List<TimelineEvent> eventsFirst = STAGE.timeline(reversed, yearAlone, context, new ArrayList<>());
        Integer yearAfter = STAGE.referenceYear(reversed, context, new ArrayList<>());

        assertThat(yearAlone).as(genre).isEqualTo(year);
        assertThat(dates(eventsAlone)).as(genre).isEqualTo(eventDates);
        assertThat(yearShared).isEqualTo(yearAlone);
        assertThat(yearAfter).isEqualTo(yearAlone);
        assertThat(eventsShared).isEqualTo(eventsAlone);
        assertThat(eventsFirst).isEqualTo(eventsAlone);
        Spans.assertEvents(a, eventsShared);
        // what both read is what the extractor finds in each paragraph alone, inside it
        for (PageDates page : List.of(shared, reversed)) {
            for (int i = 0; i < a.body().size(); i++) {
                Paragraph p = a.body().get(i);
                List<Expr> found = page.paragraph(i);
                assertThat(found).isEqualTo(TimeRules.defaults().extractor.scanner(a.text()).extract(p.start(), p.end()));
                assertThat(found).allSatisfy(e -> assertThat(e.start()).isBetween(p.start(), e.end()))
                        .allSatisfy(e -> assertThat(e.end()).isLessThanOrEqualTo(p.end()));
            }
        }
    }

    @Test
    void resolvesTheSharedExpressionsAgainstEachReadersOwnYear() {
        // the reference year reads 今年 unresolved (it is deciding that year); the timeline then
        // resolves the same expression against the year decided
        Analysis a = Spans.analysis(null, "2022年,全市新增孵化器5家。", "今年3月12日,新园区开工建设。");
        PageDates page = STAGE.read(a);
        Integer year = STAGE.referenceYear(page, ParseContext.defaults(), new ArrayList<>());
        assertThat(year).isEqualTo(2022);
        assertThat(dates(STAGE.timeline(page, year, ParseContext.defaults(), new ArrayList<>())))
                .isEqualTo("2022-03-12");
        assertThat(dates(STAGE.timeline(page, 2030, ParseContext.defaults(), new ArrayList<>())))
                .isEqualTo("2030-03-12");
    }

    @Test
    void refusesAPageReadWithOtherRules() {
        Analysis a = Spans.analysis("2024-05-06", "5月6日,科技成果发布会举行。");
        List<RuleFile.Line> verbs = new ArrayList<>(TimeRules.defaultLines("event-verbs.txt"));
        verbs.addAll(RuleFile.parse("test-verbs", "亮相\n"));
        TimeStage other = new TimeStage(TimeRules.with("event-verbs.txt", verbs));
        List<Warning> warnings = new ArrayList<>();
        assertThatThrownBy(() -> other.timeline(STAGE.read(a), 2024, ParseContext.defaults(), warnings))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> other.referenceYear(STAGE.read(a), ParseContext.defaults(), warnings))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The first verb of every window of every body paragraph is the one a naive scan finds; lines outside the body hold none. */
    @Test
    void findsTheFirstVerbOfAWindowAsANaiveScanDoes() {
        Rules rules = TimeRules.defaults().words;
        List<String> pieces = new ArrayList<>();
        pieces.addAll(rules.eventVerbs.subList(0, Math.min(12, rules.eventVerbs.size())));
        pieces.addAll(rules.verbNouns.subList(0, Math.min(6, rules.verbNouns.size())));
        pieces.addAll(List.of("，", "。", "市", "的", "项目", "在", "5月", "新区"));
        Random random = new Random(20261130L);
        for (int round = 0; round < 60; round++) {
            String[] lines = new String[4];
            for (int l = 0; l < lines.length; l++) {
                StringBuilder line = new StringBuilder(l == 1 && round % 2 == 0 ? "~" : "");
                for (int k = random.nextInt(8); k >= 0; k--) {
                    line.append(pieces.get(random.nextInt(pieces.size())));
                }
                lines[l] = line.toString();
            }
            Analysis a = Spans.analysis(null, lines);
            String t = a.text();
            Verbs verbs = Verbs.of(t, a.body(), TimeRules.defaults().verbs);
            int[] verbAt = new int[t.length()];
            for (int i = 0; i < t.length(); i++) {
                verbAt[i] = longest(t, i, rules.verbNouns) > 0 ? 0 : longest(t, i, rules.eventVerbs);
            }
            for (Paragraph p : a.body()) {
                for (int from = p.start(); from <= p.end(); from++) {
                    for (int to = from; to <= p.end(); to++) {
                        assertThat(verbs.first(from, to)).as("%s [%d, %d)", t, from, to)
                                .isEqualTo(naiveFirst(verbAt, from, to));
                    }
                }
            }
            for (int i = 0; i < t.length(); i++) {
                int at = i;
                if (a.body().stream().noneMatch(p -> p.start() <= at && at < p.end())) {
                    assertThat(verbs.first(i, i + 1)).isEqualTo(-1);
                }
            }
        }
    }

    /** The first offset of {@code [from, to)} whose verb (the longest there, none where a verb noun starts) ends by {@code to}. */
    private static int naiveFirst(int[] verbAt, int from, int to) {
        for (int i = from; i < to; i++) {
            if (verbAt[i] > 0 && i + verbAt[i] <= to) {
                return i;
            }
        }
        return -1;
    }

    private static int longest(String t, int at, List<String> words) {
        int n = 0;
        for (String w : words) {
            if (t.startsWith(w, at)) {
                n = Math.max(n, w.length());
            }
        }
        return n;
    }

    private static String dates(List<TimelineEvent> events) {
        return events.stream().map(e -> e.date().toString()).collect(Collectors.joining(", "));
    }
}
