package io.github.policyreport.internal.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LineShapeTest {

    /** Lines as the text layer sees them (normalized: half-width punctuation, Simplified). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            // bare headings of features, press conferences and chronicles
            "发布环节 => standalone title unstopped headline",
            "总体工作包括四方面 => standalone title unstopped headline",
            "2019年6月 => standalone title unstopped headline",
            "2021年以来 => standalone title unstopped headline",
            "2022年3月15日 => standalone title unstopped headline",
            "推动产学合作 深化智慧城市试点 => standalone title unstopped headline",
            // a short statement with a figure is no heading by itself, but still a title line
            "全区新增规上企业58家 => title unstopped headline",
            "2024年主要预期目标 => title unstopped headline",
            // salutations and questions of press conferences
            "各位记者朋友: => title unstopped headline",
            "这一年成效如何? => standalone unstopped headline",
            // commas make a sentence piece: no title, and a trailing one no headline
            "一方面,稳增长 => unstopped headline",
            "全年实现增加值, => unstopped",
            // a full stop makes a sentence
            "全面完成年度任务。 => ''",
            // length: 30 chars may still stand alone; titles and unstopped lines are shorter
            "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十 => standalone headline",
            "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九 => standalone title unstopped headline",
            "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十 => headline",
            "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一 => ''"})
    void readsTheStrengthOfAHeadingLine(String line, String expected) {
        LineShape s = LineShape.of(line, 0, line.length());
        String got = String.join(" ", s.standalone() ? "standalone" : "", s.title() ? "title" : "",
                s.unstopped() ? "unstopped" : "", s.headline() ? "headline" : "").strip().replaceAll(" +", " ");
        assertThat(got).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "正文。二、重点任务。 => 3, 9",
            "过去一年 工作回顾 => 0, 4"})
    void readsOnlyItsOwnRange(String text, String range) {
        String[] r = range.split(", ");
        int from = Integer.parseInt(r[0]);
        int to = Integer.parseInt(r[1]);
        LineShape s = LineShape.of(text, from, to);
        assertThat(s.length()).isEqualTo(to - from);
        assertThat(s.fullStop()).isFalse();
        assertThat(Paragraph.of(text, from, to, -1, 0).line()).isEqualTo(s);
    }
}
