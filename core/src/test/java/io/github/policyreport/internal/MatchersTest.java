package io.github.policyreport.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MatchersTest {

    private static final Pattern DATE = Pattern.compile("(?<y>\\d{4})年(?:(?<m>\\d{1,2})月)?");

    private static List<String> found(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + ":" + m.group() + ":" + m.group("m"));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} then {1}")
    @CsvSource(delimiterString = " | ", value = {
            "2023年5月全市完成投资 | 预计2025年建成",
            "截至2024年底 | 2021年3月至2022年8月",
            "没有日期的一行 | 2020年"})
    void aReusedMatcherFindsWhatAFreshOneFinds(String first, String second) {
        Matchers matchers = new Matchers(2);
        Matcher m = matchers.of(1, DATE, first);
        found(m);
        m.region(1, first.length()); // leave a region and a match behind
        assertThat(found(matchers.of(1, DATE, second))).isEqualTo(found(DATE.matcher(second)));
        assertThat(matchers.of(1, DATE, second)).isSameAs(m);
    }

    @Test
    void keepsTheBoundFlagsTheCallerSet() {
        Matchers matchers = new Matchers(1);
        Pattern lookBehind = Pattern.compile("(?<=年)\\d+月");
        String text = "2023年5月";
        Matcher m = matchers.of(0, lookBehind, text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        Matcher again = matchers.of(0, lookBehind, text).region(5, text.length());
        assertThat(again.lookingAt()).isTrue();
        assertThat(again.group()).isEqualTo("5月");
    }
}
