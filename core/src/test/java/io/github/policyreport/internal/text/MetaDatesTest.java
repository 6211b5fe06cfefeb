package io.github.policyreport.internal.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every date format a page states its own date in; each row a value written for this test. */
class MetaDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", nullValues = "null", value = {
            // ISO and slashed, with and without time, one- or two-digit month and day
            "2023-05-12 => 2023-05-12",
            "2021-1-29 13:18 => 2021-01-29T13:18",
            "2019/09/18 06:23:41 => 2019-09-18T06:23",
            "发布时间:2022.01.14 => 2022-01-14",
            "2025年11月03日 16时05分 => 2025-11-03T16:05",
            "2015年1月10日 15:38 => 2015-01-10T15:38",
            // an instant with a zone is read in China time before the day is taken
            "2024-03-05T16:30:00.000Z => 2024-03-06T00:30",
            "2024-03-05T09:00:00+08:00 => 2024-03-05T09:00",
            "2024-03-05T23:10:00-05:00 => 2024-03-06T12:10",
            // RFC 1123 (HTTP headers, RSS pubDate), converted to China time
            "'Wed, 03 May 2023 20:15:00 GMT' => 2023-05-04T04:15",
            "'Tue, 10 Jan 2023 01:00:00 +0800' => 2023-01-10T01:00",
            // Chinese numerals and Minguo years (Taiwan)
            "二〇二三年一月三十一日 => 2023-01-31",
            "二〇二四年十二月五日印发 => 2024-12-05",
            "民国103年12月12日 => 2014-12-12",
            "中华民国113年3月1日 => 2024-03-01",
            // not dates: impossible days, years out of range, bare numbers
            "2021-02-30 => null",
            "1234-05-06 => null",
            "编号20230512 => null"})
    void readsThePageDateInEveryCommonFormat(String text, String expected) {
        assertThat(String.valueOf(MetaDates.first(text))).isEqualTo(String.valueOf(expected));
    }
}
