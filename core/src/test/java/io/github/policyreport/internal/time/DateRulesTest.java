package io.github.policyreport.internal.time;

import io.github.policyreport.internal.RuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule files: loaded once, a malformed line reported with its file and line number. */
class DateRulesTest {

    @Test
    void loadsEveryRuleFile() {
        Rules r = Rules.defaults();
        assertThat(r.relativeYears).containsKeys("今年", "去年", "明年", "前年", "当年");
        assertThat(r.planPeriods.get("十四五")).containsExactly(2021, 2025);
        assertThat(r.eventVerbs).contains("召开", "成立", "获批", "命名", "验收", "投入运营", "通车", "举办", "签约", "列入");
        assertThat(r.cutoffWords).contains("截止", "截至");
    }

    @Test
    void reportsABadLineWithFileAndLineNumber() {
        assertThatThrownBy(() -> Rules.read("bad-rules.txt", 3))
                .isInstanceOf(RuleException.class)
                .hasMessageStartingWith("bad-rules.txt:4: expected 3 columns, found 2");
    }

    @Test
    void reportsAMissingRuleFile() {
        assertThatThrownBy(() -> Rules.read("no-such-rules.txt", 1)).hasMessageContaining("no-such-rules.txt");
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({"三, 3", "十, 10", "十五, 15", "二十, 20", "两, 2", "几, -1", "十十, -1"})
    void readsSmallChineseCounts(String in, int expected) {
        assertThat(DateNumerals.count(in)).isEqualTo(expected);
    }
}
