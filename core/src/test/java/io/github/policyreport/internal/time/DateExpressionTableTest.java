package io.github.policyreport.internal.time;

import io.github.policyreport.mention.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One table per group of Chinese date expressions: each row a sentence written for the test, its
 * reference date (the story's own date) and the mentions expected, as {@code text:KIND:value}
 * joined by {@code ; } (a vague range ends in {@code ~}).
 */
class DateExpressionTableTest {

    private static String find(String text, String reference) {
        LocalDate ref = reference == null ? null : LocalDate.parse(reference);
        List<DateMention> found = DateEngine.find(text, ref);
        Spans.assertMentions(text, found);
        return found.stream().map(m -> Spans.render(m) + (m.vague() ? "~" : "")).collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "[{index}] {0} @ {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2023年4月15日召开                     | null       | 2023年4月15日:POINT:2023-04-15
            二〇二三年四月十五日                  | null       | 二〇二三年四月十五日:POINT:2023-04-15
            二零一八年九月                        | null       | 二零一八年九月:POINT:2018-09
            2023.4.15发布                         | null       | 2023.4.15:POINT:2023-04-15
            2023/04/15                            | null       | 2023/04/15:POINT:2023-04-15
            2023-4-15                             | null       | 2023-4-15:POINT:2023-04-15
            发布日期:20230415                     | null       | 20230415:POINT:2023-04-15
            日期 2023 04 15                       | null       | 2023 04 15:POINT:2023-04-15
            19991231                              | null       | 19991231:POINT:1999-12-31
            日期21000101                          | null       | 21000101:POINT:2100-01-01
            2023年 4月 15日                       | null       | 2023年 4月 15日:POINT:2023-04-15
            2019年9月                             | null       | 2019年9月:POINT:2019-09
            2019年                                | null       | 2019年:POINT:2019
            2012年的10月30日                      | null       | 2012年的10月30日:POINT:2012-10-30
            2023年3月1日10时30分                  | null       | 2023年3月1日10时30分:POINT:2023-03-01T10:30
            北京时间2022年6月5日10时44分          | null       | 2022年6月5日10时44分:POINT:2022-06-05T10:44
            2023年４月１５日                      | null       | 2023年４月１５日:POINT:2023-04-15
            一九九七年七月一日                    | null       | 一九九七年七月一日:POINT:1997-07-01
            二〇二四年                            | null       | 二〇二四年:POINT:2024
            2023年12月31日24时                    | null       | 2023年12月31日:POINT:2023-12-31
            2024年2月30日                         | null       | ''
            2月29日                               | 2024-03-29 | 2月29日:POINT:2024-02-29
            2月29日                               | 2023-03-29 | ''
            04-15发布                             | 2024-05-01 | 04-15:POINT:2024-04-15
            “4·15”全民国家安全教育日              | 2024-05-01 | 4·15:POINT:2024-04-15
            """)
    void absoluteNotations(String text, String reference, String expected) {
        assertThat(find(text, reference)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} @ {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            16年5月8日开通                        | 2024-03-01 | 16年5月8日:POINT:2016-05-08
            98年3月                               | 2024-03-01 | 98年3月:POINT:1998-03
            早在98年3月                           | 2005-03-01 | 98年3月:POINT:1998-03
            30年6月                               | 2024-03-01 | 30年6月:POINT:2030-06
            07年                                  | 2024-03-01 | 07年:POINT:2007
            05年就已起步                          | 2010-01-01 | 05年:POINT:2005
            九八年                                | 2024-03-01 | 九八年:POINT:1998
            〇八年奥运会                          | 2024-03-01 | 〇八年:POINT:2008
            九九年                                | 1999-06-01 | 九九年:POINT:1999
            85年                                  | 2024-03-01 | 85年:DURATION:-
            16年5月8日                            | null       | 16年5月8日:POINT:2016-05-08
            民國103年                             | null       | 民國103年:POINT:2014
            民国103年5月                          | null       | 民国103年5月:POINT:2014-05
            中華民國110年3月1日                   | null       | 中華民國110年3月1日:POINT:2021-03-01
            民國99年12月31日                      | null       | 民國99年12月31日:POINT:2010-12-31
            二〇年                                | 2024-03-29 | 二〇年:POINT:2020
            民國113年1月1日                       | null       | 民國113年1月1日:POINT:2024-01-01
            13年                                  | 2024-03-29 | 13年:DURATION:-
            """)
    void twoDigitAndMinguoYears(String text, String reference, String expected) {
        assertThat(find(text, reference)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} @ {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # a report of what happened: the nearest such day not after the story's date
            28日,全省科技大会召开                 | 2024-03-29 | 28日:POINT:2024-03-28
            29日,全省科技大会召开                 | 2024-03-29 | 29日:POINT:2024-03-29
            30日,全省科技大会召开                 | 2024-03-29 | 30日:POINT:2024-01-30
            30日,全省科技大会召开                 | 2024-04-02 | 30日:POINT:2024-03-30
            记者9日从市政府获悉                   | 2023-11-10 | 9日:POINT:2023-11-09
            15号上午,项目开工                     | 2023-11-20 | 15号上午:POINT:2023-11-15
            18日14时14分完成对接                  | 2023-06-24 | 18日14时14分:POINT:2023-06-18T14:14
            新华社北京5日电                       | 2023-01-06 | 5日:POINT:2023-01-05
            31日,年会举行                         | 2024-01-02 | 31日:POINT:2023-12-31
            # looking ahead: the next such day
            大会将于28日开幕                      | 2024-03-20 | 28日:POINT:2024-03-28
            大会将于5日开幕                       | 2024-03-20 | 5日:POINT:2024-04-05
            拟于10日召开                          | 2024-12-20 | 10日:POINT:2025-01-10
            # month-day without a year
            12月28日,大会召开                     | 2024-01-10 | 12月28日:POINT:2023-12-28
            3月5日,大会召开                       | 2024-03-29 | 3月5日:POINT:2024-03-05
            4月15日,大会召开                      | 2024-03-29 | 4月15日:POINT:2023-04-15
            展会将于4月15日开幕                   | 2024-03-29 | 4月15日:POINT:2024-04-15
            十一月二十                            | 2024-12-01 | 十一月二十:POINT:2024-11-20
            # lists and times of day
            6月8日、9日                           | 2024-06-20 | 6月8日:POINT:2024-06-08; 9日:POINT:2024-06-09
            6月8日和9日分别举行                   | 2024-07-01 | 6月8日:POINT:2024-06-08; 9日:POINT:2024-06-09
            24日11时12分分离,12时48分接触         | 2023-06-24 | 24日11时12分:POINT:2023-06-24T11:12; 12时48分:POINT:2023-06-24T12:48
            12时48分                              | 2023-06-24 | 12时48分:POINT:null
            8号,大会召开                          | 2024-03-29 | 8号:POINT:2024-03-08
            今年3月5日至7日                       | 2024-03-29 | 今年3月5日至7日:RANGE:2024-03-05..2024-03-07
            3月1日召开,当天下午                   | 2024-03-29 | 3月1日:POINT:2024-03-01; 当天下午:POINT:2024-03-01
            3月1日开工,次日                       | 2024-03-29 | 3月1日:POINT:2024-03-01; 次日:POINT:2024-03-02
            3月1日开幕,当晚                       | 2024-03-29 | 3月1日:POINT:2024-03-01; 当晚:POINT:2024-03-01
            当天                                  | 2024-03-29 | 当天:POINT:null
            # a day in Chinese numerals, as 28日
            二十八日,全省科技大会召开             | 2024-03-29 | 二十八日:POINT:2024-03-28
            三十日上午,展会闭幕                   | 2024-04-02 | 三十日上午:POINT:2024-03-30
            十五日,工程通过验收                   | 2023-11-20 | 十五日:POINT:2023-11-15
            大会将于二十一日开幕                  | 2024-03-25 | 二十一日:POINT:2024-04-21
            # an hour without minutes, on a 24-hour clock
            28日上午9时,大会开幕                  | 2024-03-29 | 28日上午9时:POINT:2024-03-28T09:00
            5日晚8点,晚会开始                     | 2024-03-29 | 5日晚8点:POINT:2024-03-05T20:00
            15日下午3点召开                       | 2024-03-29 | 15日下午3点:POINT:2024-03-15T15:00
            8日凌晨2时,列车发车                   | 2024-03-29 | 8日凌晨2时:POINT:2024-03-08T02:00
            1日中午12时                           | 2024-03-29 | 1日中午12时:POINT:2024-03-01T12:00
            3月12日下午3时30分                    | 2024-03-29 | 3月12日下午3时30分:POINT:2024-03-12T15:30
            2023年6月1日上午10时                  | null       | 2023年6月1日上午10时:POINT:2023-06-01T10:00
            二十一日晚8点,烟花燃放                | 2024-03-29 | 二十一日晚8点:POINT:2024-03-21T20:00
            # an effective date looks ahead of the publication date
            本办法自5月1日起施行                  | 2024-04-10 | 5月1日:POINT:2024-05-01
            本规定自1月1日起实施                  | 2024-12-20 | 1月1日:POINT:2025-01-01
            自10日起施行                          | 2024-12-20 | 10日:POINT:2025-01-10
            本辦法自1月1日起實施                  | 2024-12-20 | 1月1日:POINT:2025-01-01
            本规定自2024年1月1日起施行            | 2024-12-20 | 2024年1月1日:POINT:2024-01-01
            """)
    void dayAloneAndMonthDay(String text, String reference, String expected) {
        assertThat(find(text, reference)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} @ {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2019年9月中旬                         | null       | 2019年9月中旬:RANGE:2019-09-11..2019-09-20
            2019年9月上旬                         | null       | 2019年9月上旬:RANGE:2019-09-01..2019-09-10
            2024年2月下旬                         | null       | 2024年2月下旬:RANGE:2024-02-21..2024-02-29
            2023年2月下旬                         | null       | 2023年2月下旬:RANGE:2023-02-21..2023-02-28
            5月中旬                               | 2015-07-04 | 5月中旬:RANGE:2015-05-11..2015-05-20
            今年6月下旬                           | 2021-12-01 | 今年6月下旬:RANGE:2021-06-21..2021-06-30
            9月初                                 | 2021-12-01 | 9月初:POINT:2021-09
            9月底                                 | 2021-12-01 | 9月底:POINT:2021-09
            9月末                                 | 2021-12-01 | 9月末:POINT:2021-09
            三月份                                | 2021-12-01 | 三月份:POINT:2021-03
            年初                                  | 2021-12-01 | 年初:POINT:2021-01
            年底                                  | 2021-12-01 | 年底:POINT:2021-12
            去年年底                              | 2021-12-01 | 去年年底:POINT:2020-12
            2020年末                              | null       | 2020年末:POINT:2020-12
            一季度                                | 2021-12-01 | 一季度:RANGE:2021-01..2021-03
            第四季度                              | 2021-12-01 | 第四季度:RANGE:2021-10..2021-12
            2022年三季度                          | null       | 2022年三季度:RANGE:2022-07..2022-09
            下半年                                | 2021-12-01 | 下半年:RANGE:2021-07..2021-12
            去年上半年                            | 2021-12-01 | 去年上半年:RANGE:2020-01..2020-06
            前三季度                              | 2021-12-01 | 前三季度:RANGE:2021-01..2021-09
            1-7月                                 | 2021-12-01 | 1-7月:RANGE:2021-01..2021-07
            1—7月                                 | 2021-12-01 | 1—7月:RANGE:2021-01..2021-07
            2023年1-7月                           | null       | 2023年1-7月:RANGE:2023-01..2023-07
            上季度                                | 2024-05-10 | 上季度:RANGE:2024-01..2024-03
            本季度                                | 2024-05-10 | 本季度:RANGE:2024-04..2024-06
            下季度                                | 2024-11-10 | 下季度:RANGE:2025-01..2025-03
            12月上旬                              | 2024-03-29 | 12月上旬:RANGE:2024-12-01..2024-12-10
            去年12月下旬                          | 2024-03-29 | 去年12月下旬:RANGE:2023-12-21..2023-12-31
            2023年下半年                          | null       | 2023年下半年:RANGE:2023-07..2023-12
            1-2月份                               | 2024-03-29 | 1-2月份:RANGE:2024-01..2024-02
            前4个月                               | 2024-05-09 | 前4个月:RANGE:2024-01..2024-04
            今年前两个月                          | 2024-05-09 | 今年:POINT:2024; 前两个月:RANGE:2024-01..2024-02
            第3季度                               | 2024-03-29 | 3季度:RANGE:2024-07..2024-09
            2023年中,项目完工                     | null       | 2023年中:RANGE:2023-06..2023-07
            今年年中                              | 2024-03-29 | 今年年中:RANGE:2024-06..2024-07
            年中,工程进入收尾阶段                 | 2024-03-29 | 年中:RANGE:2024-06..2024-07
            2023年中国经济稳步回升                | null       | 2023年:POINT:2023
            2022年中期报告                        | null       | 2022年:POINT:2022
            2021年中央经济工作会议                | null       | 2021年:POINT:2021
            """)
    void partsOfMonthsAndYears(String text, String reference, String expected) {
        assertThat(find(text, reference)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} @ {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            今天                                  | 2024-03-29 | 今天:POINT:2024-03-29
            今日                                  | 2024-03-29 | 今日:POINT:2024-03-29
            昨天                                  | 2024-03-01 | 昨天:POINT:2024-02-29
            昨日下午                              | 2024-03-29 | 昨日下午:POINT:2024-03-28
            前天                                  | 2024-01-01 | 前天:POINT:2023-12-30
            明天                                  | 2023-12-31 | 明天:POINT:2024-01-01
            后天                                  | 2024-03-29 | 后天:POINT:2024-03-31
            大前天                                | 2024-03-29 | 大前天:POINT:2024-03-26
            本周                                  | 2024-03-29 | 本周:RANGE:2024-03-25..2024-03-31
            上周                                  | 2024-03-29 | 上周:RANGE:2024-03-18..2024-03-24
            下周                                  | 2024-03-29 | 下周:RANGE:2024-04-01..2024-04-07
            上周三                                | 2024-03-29 | 上周三:POINT:2024-03-20
            上周日                                | 2024-03-29 | 上周日:POINT:2024-03-24
            下个星期一                            | 2024-03-29 | 下个星期一:POINT:2024-04-01
            下周五                                | 2024-03-29 | 下周五:POINT:2024-04-05
            本周二                                | 2024-03-29 | 本周二:POINT:2024-03-26
            周五                                  | 2024-03-29 | 周五:POINT:2024-03-29
            周三                                  | 2024-03-29 | 周三:POINT:2024-03-27
            星期六                                | 2024-03-29 | 星期六:POINT:2024-03-23
            本月                                  | 2024-03-29 | 本月:POINT:2024-03
            上月                                  | 2024-01-15 | 上月:POINT:2023-12
            上个月                                | 2024-01-15 | 上个月:POINT:2023-12
            下个月                                | 2024-12-15 | 下个月:POINT:2025-01
            今年                                  | 2024-03-29 | 今年:POINT:2024
            去年                                  | 2024-03-29 | 去年:POINT:2023
            前年                                  | 2024-03-29 | 前年:POINT:2022
            明年                                  | 2024-03-29 | 明年:POINT:2025
            3天前                                 | 2024-03-01 | 3天前:POINT:2024-02-27
            两年前                                | 2024-03-01 | 两年前:POINT:2022-03-01
            三个月前                              | 2024-03-01 | 三个月前:POINT:2023-12-01
            2021年5月13日开幕,3天后闭幕           | 2024-03-01 | 2021年5月13日:POINT:2021-05-13; 3天后:POINT:2021-05-16
            10天后                                | 2024-03-01 | 10天后:POINT:2024-03-11
            昨晚                                  | 2024-03-29 | 昨晚:POINT:2024-03-28
            今晨                                  | 2024-03-29 | 今晨:POINT:2024-03-29
            上个星期五                            | 2024-03-29 | 上个星期五:POINT:2024-03-22
            礼拜天                                | 2024-03-29 | 礼拜天:POINT:2024-03-24
            上上周                                | 2024-03-29 | 上上周:RANGE:2024-03-11..2024-03-17
            这周三                                | 2024-03-29 | 这周三:POINT:2024-03-27
            5年后                                 | 2024-03-29 | 5年后:POINT:2029-03-29
            1个月后                               | 2024-03-29 | 1个月后:POINT:2024-04-29
            两周后                                | 2024-03-29 | 两周后:POINT:2024-04-12
            今天                                  | null       | 今天:POINT:null
            上周三                                | null       | 上周三:POINT:null
            """)
    void relativeDaysWeeksMonthsAndYears(String text, String reference, String expected) {
        assertThat(find(text, reference)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} @ {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            近日                                  | 2024-03-29 | 近日:RANGE:2024-02-29..2024-03-29~
            日前                                  | 2009-11-09 | 日前:RANGE:2009-10-09..2009-11-09~
            近日                                  | null       | 近日:RANGE:null..null~
            上世纪九十年代                        | 2024-03-29 | 上世纪九十年代:RANGE:1990..1999
            上世纪80年代末                        | 2024-03-29 | 上世纪80年代末:RANGE:1987..1989
            20世纪80年代初                        | null       | 20世纪80年代初:RANGE:1980..1983
            二十世纪五十年代                      | null       | 二十世纪五十年代:RANGE:1950..1959
            21世纪                                | null       | 21世纪:RANGE:2001..2100
            本世纪初                              | 2024-03-29 | 本世纪初:RANGE:2001..2030
            八十年代                              | 2024-03-29 | 八十年代:RANGE:1980..1989
            90年代中期                            | 2024-03-29 | 90年代中期:RANGE:1994..1996
            二十年代                              | 2024-03-29 | 二十年代:RANGE:2020..2029
            1990年代                              | null       | 1990年代:RANGE:1990..1999
            上世纪                                | null       | 上世纪:RANGE:null..null
            七十年代末                            | 2024-03-29 | 七十年代末:RANGE:1977..1979
            19世纪末                              | null       | 19世纪末:RANGE:1871..1900
            上世纪                                | 2024-03-29 | 上世纪:RANGE:1901..2000
            本世纪20年代                          | 2024-03-29 | 本世纪20年代:RANGE:2020..2029
            近期                                  | 2024-03-29 | 近期:DURATION:-
            """)
    void vagueDatesDecadesAndCenturies(String text, String reference, String expected) {
        assertThat(find(text, reference)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} @ {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2021—2025年                           | null       | 2021—2025年:RANGE:2021..2025
            2020年5—7月                           | null       | 2020年5—7月:RANGE:2020-05..2020-07
            3月12日至4月6日                       | 2024-05-01 | 3月12日至4月6日:RANGE:2024-03-12..2024-04-06
            5月14~15日                            | 2015-07-04 | 5月14~15日:RANGE:2015-05-14..2015-05-15
            2023年3月1日至5日                     | null       | 2023年3月1日至5日:RANGE:2023-03-01..2023-03-05
            12月1日至2022年1月5日                 | 2021-06-01 | 12月1日至2022年1月5日:RANGE:2021-12-01..2022-01-05
            2015年4月至2016年12月                 | null       | 2015年4月至2016年12月:RANGE:2015-04..2016-12
            2019年、2020年                        | null       | 2019年:POINT:2019; 2020年:POINT:2020
            “十四五”时期                          | null       | “十四五”时期:RANGE:2021..2025
            2013年至2015年                        | null       | 2013年至2015年:RANGE:2013..2015
            """)
    void rangesAndLists(String text, String reference, String expected) {
        assertThat(find(text, reference)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} @ {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            农历正月初五                          | 2024-03-01 | 农历正月初五:POINT:2024-02-14
            正月十五                              | 2024-03-01 | 正月十五:POINT:2024-02-24
            腊月廿三                              | 2023-03-01 | 腊月廿三:POINT:2024-02-02
            农历八月十五                          | 2023-03-01 | 农历八月十五:POINT:2023-09-29
            農曆五月初五                          | 2023-03-01 | 農曆五月初五:POINT:2023-06-22
            春节                                  | 2024-03-01 | 春节:POINT:2024-02-10
            春節期間                              | 2023-03-01 | 春節:POINT:2023-01-22
            除夕                                  | 2024-03-01 | 除夕:POINT:2024-02-09
            元宵节                                | 2025-03-01 | 元宵节:POINT:2025-02-12
            端午节                                | 2024-03-01 | 端午节:POINT:2024-06-10
            中秋节                                | 2024-03-01 | 中秋节:POINT:2024-09-17
            重阳节                                | 2024-03-01 | 重阳节:POINT:2024-10-11
            国庆节                                | 2024-03-01 | 国庆节:POINT:2024-10-01
            元旦                                  | 2024-03-01 | 元旦:POINT:2024-01-01
            冬至                                  | 2023-03-01 | 冬至:POINT:2023-12-22
            清明                                  | 2024-03-01 | 清明:POINT:2024-04-04
            立春                                  | 2024-03-01 | 立春:POINT:2024-02-04
            夏至                                  | 2024-03-01 | 夏至:POINT:2024-06-21
            2020年,春节前夕                       | null       | 2020年:POINT:2020; 春节:POINT:2020-01-25
            2025年春节                            | null       | 2025年:POINT:2025; 春节:POINT:2025-01-29
            中秋国庆假期                          | 2024-03-29 | 中秋:POINT:2024-09-17
            七夕                                  | 2024-03-29 | 七夕:POINT:2024-08-10
            腊八节                                | 2024-03-29 | 腊八节:POINT:2025-01-07
            立秋                                  | 2024-03-29 | 立秋:POINT:2024-08-07
            秋分                                  | 2024-03-29 | 秋分:POINT:2024-09-22
            春节                                  | null       | 春节:POINT:null
            腊月二十三                            | 2023-03-01 | 腊月二十三:POINT:2024-02-02
            农历三十                              | 2023-01-25 | 农历三十:POINT:2023-01-21
            农历初一                              | 2024-02-12 | 农历初一:POINT:2024-02-10
            农历十五                              | 2024-03-01 | 农历十五:POINT:2024-02-24
            将于农历初八                          | 2024-02-12 | 农历初八:POINT:2024-02-17
            农历十五                              | null       | 农历十五:POINT:null
            """)
    void lunarDatesFestivalsAndSolarTerms(String text, String reference, String expected) {
        assertThat(find(text, reference)).isEqualTo(expected);
    }

    /** What is no date stays out (durations may be reported as such, never as a point or range). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            三年来,全市科技投入持续增长
            16年来首次实现盈利
            连续5年位居全省第一
            历时3个月完成改造
            用了3个月时间
            “十四五”规划纲要
            三五年内见效
            年满58岁
            版本号V2.10.3已上线
            咨询电话:0571-87051234
            档案号18500312
            服务热线12345
            浙政发〔2023〕15号
            国办发〔2016〕8号文件
            地铁1号线三期
            位于3号楼
            第15日
            30日内办结
            60周年庆祝大会
            周边地区
            缴费期限为15个工作日
            每周三例会
            每周五下午
            周年庆典
            星期制度
            工作周期
            10日内办结
            近10日
            15日以来
            中央1号文件
            雨水充沛
            半年前
            103年度预算
            增长15.3%
            一年中有三个月降雨偏多
            为期二十日的集中整治
            二十日内办结
            第三十日
            每十五日巡查一次
            """)
    void leavesOutWhatIsNoDate(String text) {
        assertThat(DateEngine.find(text, LocalDate.of(2024, 3, 29)))
                .filteredOn(m -> m.kind() != DateMention.Kind.DURATION).isEmpty();
    }
}
