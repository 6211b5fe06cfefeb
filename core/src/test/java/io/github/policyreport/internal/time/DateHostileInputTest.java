package io.github.policyreport.internal.time;

import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.mention.DateMention;
import io.github.policyreport.model.TimelineEvent;
import io.github.policyreport.spi.ParseContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Hostile input: linear time, no exception. Timeouts are generous; the work takes well under a second. */
class DateHostileInputTest {

    /**
     * Length of the one-unit runs: a quadratic pass over it would take minutes (6.9e10 steps),
     * far past the timeout, while the linear pass takes milliseconds.
     */
    private static final int RUN = 1 << 18;
    private static final LocalDate REF = LocalDate.of(2021, 6, 1);

    private static String repeat(String unit, int length) {
        StringBuilder sb = new StringBuilder(length + unit.length());
        while (sb.length() < length) {
            sb.append(unit);
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"年月日", "年", "12", "1", "2021年", "12月", "十四五", "今年", "近三年", "-", "2021-", "十二月",
        "二〇", "1-", "年底前", "“", "初"})
    @Timeout(20)
    void staysLinearOnALongRunOfOneUnit(String unit) {
        String text = repeat(unit, RUN);
        List<DateMention> found = DateEngine.find(text, REF);
        // every mention indexes the text, in order and without overlap, and needs at least one unit of its own
        Spans.assertMentions(text, found);
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).span().start()).isGreaterThanOrEqualTo(found.get(i - 1).span().end());
        }
        assertThat(found.size()).isLessThanOrEqualTo(text.length() / unit.length() + 1);
    }

    @Test
    @Timeout(20)
    void readsTenThousandDatesOnOneLine() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sb.append(2000 + i % 30).append('年').append(1 + i % 12).append('月').append(1 + i % 28).append("日召开,");
        }
        String text = sb.toString();
        List<DateMention> found = DateEngine.find(text, REF);
        assertThat(found).hasSize(10_000);
        Spans.assertMentions(text, found.subList(0, 100));
    }

    @Test
    @Timeout(30)
    void buildsATimelineOfTenThousandDatedSentences() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sb.append(1 + i % 12).append('月').append(1 + i % 28).append("日,大会召开。");
        }
        Analysis a = Spans.analysis(null, sb.toString());
        assertThat(TimeStage.defaults().timeline(a, 2021)).isNotEmpty();
        assertThat(TimeStage.defaults().referenceYear(a, ParseContext.defaults(), new ArrayList<>())).isNull();
    }

    @Test
    @Timeout(30)
    void buildsATimelineOfALineWithoutPunctuation() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sb.append(1 + i % 12).append('月').append(1 + i % 28).append("日 大会召开 ");
        }
        sb.append(repeat("年月日召开", RUN));
        Analysis a = Spans.analysis("2021-06-01", sb.toString());
        Spans.assertEvents(a, TimeStage.defaults().timeline(a, 2021));
        assertThat(TimeStage.defaults().referenceYear(a, ParseContext.defaults(), new ArrayList<>())).isEqualTo(2021);
    }

    @Test
    @Timeout(30)
    void neverThrowsOnRandomDateCharacters() {
        Random r = new Random(42);
        String alphabet = "0123456789０１２３年月日号时点:-/.至到—~今去明前后本上下半季度底初末旬份近日同当次天周个多十百〇零一二两三四五六七八九“”十四五开局之年收官 ,。\n";
        for (int round = 0; round < 200; round++) {
            char[] cs = new char[2000];
            for (int i = 0; i < cs.length; i++) {
                cs[i] = alphabet.charAt(r.nextInt(alphabet.length()));
            }
            String text = new String(cs);
            assertThatCode(() -> {
                Spans.assertMentions(text, DateEngine.find(text, REF));
                Analysis a = Spans.analysis("2021-01-15", text.split("\n"));
                Integer year = TimeStage.defaults().referenceYear(a, ParseContext.defaults(), new ArrayList<>());
                Spans.assertEvents(a, TimeStage.defaults().timeline(a, year));
            }).doesNotThrowAnyException();
        }
    }

    @Test
    void leavesImpossibleAndExtremeDatesAlone() {
        assertThatCode(() -> {
            DateEngine.find("9999年12月31日,8天后;9999年12月31日,次年;0001年1月1日", REF);
            DateEngine.find("1年后,99999年,2月30日,13月,0月0日", LocalDate.of(9999, 12, 31));
            DateEngine.find("去年,明年,上月,下月", LocalDate.of(1, 1, 1));
            DateEngine.find("明年,下月,999天后", LocalDate.of(9999, 12, 31));
        }).doesNotThrowAnyException();
        assertThat(DateEngine.find("9999年12月31日,8天后", REF)).extracting(DateMention::date)
                .containsExactly(io.github.policyreport.model.PartialDate.of(9999, 12, 31), null);
    }

    /** Issue 13: a body whose latest year is 9999 and that says 去年/明年 stays within the calendar. */
    @Test
    void keepsYearsWithinTheCalendar() {
        Analysis a = Spans.analysis(null, "9999年,全市召开科技大会。去年签约项目30个,明年6月将举办博览会。");
        Integer year = TimeStage.defaults().referenceYear(a, ParseContext.defaults(), new ArrayList<>());
        assertThat(year).isBetween(1, 9999);
        assertThat(TimeStage.defaults().timeline(a, year)).allSatisfy(e -> assertThat(e.date().year()).isBetween(1, 9999));
        assertThat(DateEngine.find("明年,后年,下个月,3年后,下个世纪", LocalDate.of(9999, 12, 31)))
                .allSatisfy(m -> assertThat(m.date() == null || m.date().year() <= 9999).isTrue());
        assertThat(DateEngine.find("去年,前天,上个月,3年前,上世纪", LocalDate.of(1, 1, 1)))
                .allSatisfy(m -> assertThat(m.date() == null || m.date().year() >= 1).isTrue());
    }

    /** Issue 13: 200,000 × 今年 on one line, and as dated sentences, give a bounded timeline. */
    @Test
    void readsTwoHundredThousandRelativeYears() {
        String run = "今年".repeat(200_000);
        assertThat(DateEngine.find(run, REF)).hasSize(200_000);
        Analysis a = Spans.analysis("2021-06-01", run, "今年召开大会。".repeat(200_000));
        List<TimelineEvent> events = TimeStage.defaults().timeline(a, 2021);
        assertThat(events).hasSizeLessThanOrEqualTo(1);
    }
}
