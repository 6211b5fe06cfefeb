package io.github.policyreport.internal.text;

import io.github.policyreport.internal.RuleException;
import io.github.policyreport.internal.RuleFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared text tables built from given lines: a good line takes effect, a bad one fails as a
 * {@link RuleException} naming file:line (at load, not as an {@code ExceptionInInitializerError}).
 * Lines are written here, in the files' formats; {@code \n} separates lines.
 */
class TextTablesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            from only                | 甲 乙\\n丙                 | 2 | expected 'from to'
            lengths differ           | 甲 乙\\n丙 丙丁             | 2 | expected 'from to'
            a fold to itself         | 丙 丙                      | 1 | expected 'from to'
            a second fold of a char  | 甲 乙\\n# note\\n甲 丁      | 3 | a second fold for 甲
            """)
    void aBadFoldLineFailsWithFileAndLine(String why, String text, int line, String message) {
        assertThatThrownBy(() -> Fold.of(RuleFile.parse("fold.txt", text.replace("\\n", "\n"))))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("fold.txt:" + line + ": " + message);
    }

    @Test
    void foldLinesFoldCharactersAndPhrasesOneToOne() {
        Fold fold = Fold.of(RuleFile.parse("fold.txt", "甲 乙\n参拾 叁拾\n"));
        assertThat(fold.fold('甲')).isEqualTo('乙');
        assertThat(fold.fold('Ａ')).isEqualTo('A');
        assertThat(fold.fold('\u3000')).isEqualTo(' ');
        StringBuilder text = new StringBuilder("共参拾万元,参加");
        fold.phrases(text, 0);
        assertThat(text).hasToString("共叁拾万元,参加");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a missing year         | 十四五 2021 2025\\n十五五 2026 | 2 | expected 'name first-year last-year'
            not a year             | 十四五 二〇二一 2025          | 1 | not a year: 二〇二一
            last before first      | 十四五 2025 2021               | 1 | expected 'name first-year last-year'
            """)
    void aBadPlanPeriodLineFailsWithFileAndLine(String why, String text, int line, String message) {
        assertThatThrownBy(() -> PlanPeriods.Tables.of(RuleFile.parse("plan-periods.txt", text.replace("\\n", "\n")),
                List.of()))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("plan-periods.txt:" + line + ": " + message);
    }

    @Test
    void aBadPlanPartLineFailsWithFileAndLine() {
        assertThatThrownBy(() -> PlanPeriods.Tables.of(List.of(),
                RuleFile.parse("plan-parts.txt", "开局之年 START\n收官之年 LAST\n")))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("plan-parts.txt:2: expected 'word START|END'");
        PlanPeriods.Tables t = PlanPeriods.Tables.of(RuleFile.parse("plan-periods.txt", "十四五 2021 2025\n"),
                RuleFile.parse("plan-parts.txt", "开局年 START\n开局之年 START\n收官之年 END\n"));
        assertThat(t.periods().get("十四五")).containsExactly(2021, 2025);
        assertThat(t.partWords()).startsWith("开局之年", "收官之年").endsWith("开局年");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no full name         | {city}高新区\\t{city}高新技术产业开发区\\n{city}新区 | 2 | expected pattern with one {city}
            no city              | 高新区\\t高新技术产业开发区                       | 1 | expected pattern with one {city}
            only the city        | {city}\\t{city}                                   | 1 | expected pattern with one {city}
            two cities           | {city}{city}区\\t{city}区                         | 1 | expected pattern with one {city}
            """)
    void aBadZoneLineFailsWithFileAndLine(String why, String text, int line, String message) {
        assertThatThrownBy(() -> Zones.patterns(RuleFile.parse("zones.txt",
                text.replace("\\t", "\t").replace("\\n", "\n"))))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("zones.txt:" + line + ": " + message);
    }

    @Test
    void zoneLinesMakePatterns() {
        assertThat(Zones.patterns(RuleFile.parse("zones.txt", "自贸区{city}片区\t{city}片区\t域\n")))
                .containsExactly(new Zones.Pattern("自贸区", "片区", "{city}片区", "域"));
    }
}
