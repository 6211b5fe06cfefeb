package io.github.policyreport.internal.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExprShapesTest {

    /** Each phrasing is read as the shape of expression that carries its parts, and nothing else. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            // work reports and statistical releases
            "2023年9月20日 => Calendar",
            "今年1-5月 => Calendar",
            "2026年上半年 => Calendar",
            "“十五五”时期 => Plan",
            // press conferences and news features
            "近日 => Vague",
            "5天后 => After",
            "近五年 => Duration",
            "26日 => Day",
            "上周四 => FromReference",
            "九十年代 => Era",
            "农历正月初八 => LunarDay"})
    void readsEachPhrasingAsItsShape(String text, String shape) {
        List<Expr> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).getClass().getSimpleName()).isEqualTo(shape);
        assertThat(found.get(0).end()).isLessThanOrEqualTo(text.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "3月中旬 => 3 中",
            "11月上旬 => 11 上",
            "8月下旬 => 8 下",
            "6月 => 6 0"})
    void keepsThePartOfAMonthOnTheCalendarDate(String text, String expected) {
        Expr.Calendar c = (Expr.Calendar) extract(text).get(0);
        assertThat(c.month() + " " + (c.part() == 0 ? "0" : String.valueOf(c.part()))).isEqualTo(expected);
    }

    private static List<Expr> extract(String text) {
        return TimeRules.defaults().extractor.scanner(text).extract(0, text.length());
    }
}
