package io.github.policyreport.internal.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one plan-year anchor, read by the metadata reader (a dateline's year) and by the reference
 * year of the time stage: the year word is the first two characters of each row.
 */
class PlanPeriodsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            今年是“十四五”开局之年,全市上下奋力拼搏        | 2021
            今年为“十三五”规划收官之年                     | 2020
            今年是我市“十四五”规划的起步之年               | 2021
            今年是「十四五」開局之年                       | 2021
            今年是"十五五"第一年                           | 2026
            今年是十四五时期的收官之年                     | 2025
            今年是全面贯彻落实党的二十大精神的开局之年     | null
            今年“十四五”规划全面实施                       | null
            今年“十四五”开局之年,我们迎难而上             | 2021
            今年全市科技工作围绕“十四五”开局之年展开       | null
            """)
    void readsThePlanYearAfterAYearWord(String sentence, Integer year) {
        String t = Normalizer.normalize(sentence).text();
        assertThat(PlanPeriods.anchor(t, 2)).isEqualTo(year);
        assertThat(MetaReader.planYear(t)).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            十三五 | 2016 | 2020
            十四五 | 2021 | 2025
            十五五 | 2026 | 2030
            """)
    void knowsThePlanPeriods(String name, int first, int last) {
        assertThat(PlanPeriods.periods().get(name)).containsExactly(first, last);
    }
}
