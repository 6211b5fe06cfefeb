package io.github.policyreport.internal.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The one year scanner: its range, its boundaries, and the readers that go through it. */
class YearsTest {

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2023年全市新增企业500家 | 0 | 2023
            建于1900年             | 2 | 1900
            2100年远景目标          | 0 | 2100
            1899年建成的老桥        | 0 | null
            2101年                  | 0 | null
            编号12023年度           | 3 | null
            力争202年               | 2 | null
            """)
    void readsAFourDigitYearInTheOneRange(String text, int at, Integer year) {
        assertThat(Years.at(text, at)).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            二、2024年工作安排                              | 2024 | null | 2024
              2015年4月,全市召开动员大会                   | 2015 | 2015 | 2015
            学习《2035年远景目标纲要》,到2030年建成创新高地 | 2030 | null | 2035
            去年以来,全市新增专利3200件                    | null | null | null
            """)
    void findsYearsWrittenWithNian(String text, Integer written, Integer leading, Integer first) {
        String all = Years.written(text, 0, text.length()).stream().map(r -> String.valueOf(r[1]))
                .collect(Collectors.joining(","));
        assertThat(all.isEmpty() ? null : Integer.valueOf(all.split(",")[0])).isEqualTo(written);
        assertThat(Years.leading(text, 0, text.length())).isEqualTo(leading);
        assertThat(Years.first(text, 0, text.length())).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            发布时间:1900-01-02    | 1900-01-02
            发布时间:2100-12-31    | 2100-12-31
            发布时间:1899-12-31    | null
            发布时间:2150-05-01    | null
            """)
    void publishedDatesUseTheSameRange(String line, String expected) {
        assertThat(MetaDates.first(line) == null ? null : MetaDates.first(line).toString()).isEqualTo(expected);
    }
}
