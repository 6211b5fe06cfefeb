package io.github.policyreport.internal.time;

import io.github.policyreport.mention.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Extraction and resolution together: every form of date expression, as the CLI's dates command sees it. */
class DateEngineTest {

    /** Expected mentions as {@code text:KIND:value}, joined by {@code ; }. */
    @ParameterizedTest(name = "[{index}] {0} @ {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # absolute dates at every precision
            2021年12月31日,汉中市                 | 2022-01-14 | 2021年12月31日:POINT:2021-12-31
            2022-1-14 17:50 发布者                | null       | 2022-1-14 17:50:POINT:2022-01-14T17:50
            2015年01月10日 15:38                  | null       | 2015年01月10日 15:38:POINT:2015-01-10T15:38
            2015年4月                             | null       | 2015年4月:POINT:2015-04
            2020年                                | null       | 2020年:POINT:2020
            2022.3.5                              | null       | 2022.3.5:POINT:2022-03-05
            2024/05/23 09:37:04                   | null       | 2024/05/23 09:37:04:POINT:2024-05-23T09:37
            ２０２１年１２月３１日                | null       | ２０２１年１２月３１日:POINT:2021-12-31
            二〇二一年十二月                      | null       | 二〇二一年十二月:POINT:2021-12
            二〇一九年十月二十三日                | null       | 二〇一九年十月二十三日:POINT:2019-10-23
            2021年度研发投入                      | null       | 2021年:POINT:2021
            2023年3月1日10时30分                  | null       | 2023年3月1日10时30分:POINT:2023-03-01T10:30
            2021年12月31日24时                    | null       | 2021年12月31日:POINT:2021-12-31
            二零二三年                            | null       | 二零二三年:POINT:2023
            # partial dates take the reference year
            12月14日上午,西安市                   | 2021-12-14 | 12月14日上午:POINT:2021-12-14
            3月30日召开                           | 2021-12-14 | 3月30日:POINT:2021-03-30
            十二月十四日                          | 2021-12-14 | 十二月十四日:POINT:2021-12-14
            ３月３０日                            | 2021-12-14 | ３月３０日:POINT:2021-03-30
            3月30日召开                           | null       | 3月30日:POINT:null
            # or the year of an earlier date on the line
            2021年5月13日通过验收,6月5日召开      | 2022-01-14 | 2021年5月13日:POINT:2021-05-13; 6月5日:POINT:2021-06-05
            比2013年增长,6月5日召开               | 2022-01-14 | 2013年:POINT:2013; 6月5日:POINT:2021-06-05
            # relative years and parts of a year
            今年                                  | 2023-01-31 | 今年:POINT:2023
            去年                                  | 2023-01-31 | 去年:POINT:2022
            明年                                  | 2023-01-31 | 明年:POINT:2024
            前年                                  | 2023-01-31 | 前年:POINT:2021
            今年8月初,投入运营                    | 2021-12-14 | 今年8月初:POINT:2021-08
            9月底即将通车                         | 2023-03-01 | 9月底:POINT:2023-09
            年底可交付                            | 2021-12-14 | 年底:POINT:2021-12
            年初                                  | 2021-12-14 | 年初:POINT:2021-01
            今年年底                              | 2021-12-14 | 今年年底:POINT:2021-12
            2021年底                              | null       | 2021年底:POINT:2021-12
            2021年初步建成                        | null       | 2021年:POINT:2021
            上半年                                | 2021-12-14 | 上半年:RANGE:2021-01..2021-06
            今年一季度                            | 2021-12-14 | 今年一季度:RANGE:2021-01..2021-03
            前三季度                              | 2021-12-14 | 前三季度:RANGE:2021-01..2021-09
            2021年1-4月                           | null       | 2021年1-4月:RANGE:2021-01..2021-04
            1-4月                                 | 2021-12-14 | 1-4月:RANGE:2021-01..2021-04
            # vague words and dates counted from the previous one
            近日,日前                             | 2021-12-14 | 近日:RANGE:2021-11-14..2021-12-14; 日前:RANGE:2021-11-14..2021-12-14
            近日                                  | null       | 近日:RANGE:null..null
            2021年5月13日召开,同日发布            | null       | 2021年5月13日:POINT:2021-05-13; 同日:POINT:2021-05-13
            今年10月举办,同日召开                 | 2024-12-01 | 今年10月:POINT:2024-10; 同日:POINT:2024-10
            2021年5月13日召开,8天后闭幕           | null       | 2021年5月13日:POINT:2021-05-13; 8天后:POINT:2021-05-21
            2021年5月13日召开,次日闭幕            | null       | 2021年5月13日:POINT:2021-05-13; 次日:POINT:2021-05-14
            2018年获批,次年建成                   | null       | 2018年:POINT:2018; 次年:POINT:2019
            8天后                                 | 2021-12-14 | 8天后:POINT:2021-12-22
            8天后                                 | null       | 8天后:POINT:null
            # plan periods
            “十四五”时期                          | null       | “十四五”时期:RANGE:2021..2025
            “十四五”开局之年                      | null       | “十四五”开局之年:POINT:2021
            十四五末                              | null       | 十四五末:POINT:2025
            “十三五”收官之年                      | null       | “十三五”收官之年:POINT:2020
            十二五规划的最后一年                  | null       | 十二五规划的最后一年:POINT:2015
            十五五                                | null       | 十五五:RANGE:2026..2030
            # explicit ranges
            (2014-2016年)                         | null       | 2014-2016年:RANGE:2014..2016
            2021至2025年                          | null       | 2021至2025年:RANGE:2021..2025
            2021年至2025年                        | null       | 2021年至2025年:RANGE:2021..2025
            2015年4月至2016年12月                 | null       | 2015年4月至2016年12月:RANGE:2015-04..2016-12
            5月11—17日                            | 2024-05-22 | 5月11—17日:RANGE:2024-05-11..2024-05-17
            5月11日至17日                         | 2024-05-22 | 5月11日至17日:RANGE:2024-05-11..2024-05-17
            2023年3月1日至5日                     | null       | 2023年3月1日至5日:RANGE:2023-03-01..2023-03-05
            2023年3月至5月                        | null       | 2023年3月至5月:RANGE:2023-03..2023-05
            12月1日至2022年1月5日                 | 2021-06-01 | 12月1日至2022年1月5日:RANGE:2021-12-01..2022-01-05
            2021～2025年                          | null       | 2021～2025年:RANGE:2021..2025
            2023年第一季度                        | null       | 2023年第一季度:RANGE:2023-01..2023-03
            # durations
            近三年,连续10年                       | null       | 近三年:DURATION:-; 连续10年:DURATION:-
            通过5年接续奋斗                       | null       | 5年:DURATION:-
            近年来,历时3个月                      | null       | 近年来:DURATION:-; 历时3个月:DURATION:-
            连续四年实现增长                      | null       | 连续四年:DURATION:-
            # Traditional script
            今年是“十四五”開局之年                | 2021-12-14 | 今年:POINT:2021; “十四五”開局之年:POINT:2021
            2021年5月13日召開,8天後閉幕           | null       | 2021年5月13日:POINT:2021-05-13; 8天後:POINT:2021-05-21
            # a date counted from a year-only date has no day to count from
            今年是“十四五”開局之年,10天後         | 2021-12-14 | 今年:POINT:2021; “十四五”開局之年:POINT:2021; 10天後:POINT:null
            """)
    void findsAndResolvesEveryForm(String text, String reference, String expected) {
        LocalDate ref = reference == null ? null : LocalDate.parse(reference);
        List<DateMention> found = DateEngine.find(text, ref);
        Spans.assertMentions(text, found);
        assertThat(found.stream().map(Spans::render).collect(Collectors.joining("; "))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2月30日
            2021年2月29日
            13月
            2021年13月5日
            99999年
            0000年
            2021年4月31日
            电话:029-33567925
            ISSN 2957-9384
            增长58.8%,530.53亿元
            陕ICP备18005866号
            位列全省第3,第28届
            一是完善政策,二是深化服务
            3个百分点,2-3类主导产业
            """)
    void skipsWhatIsNoDate(String text) {
        assertThat(DateEngine.find(text, LocalDate.of(2021, 6, 1)))
                .filteredOn(m -> m.kind() != DateMention.Kind.DURATION).isEmpty();
    }
}
