package io.github.policyreport.internal.text;

import io.github.policyreport.model.Author;
import io.github.policyreport.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetaReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", nullValues = "null", value = {
            "2022-1-14 17:50| 发布者: admin => 2022-01-14T17:50",
            "日期:\\n2015年01月10日 15:38 => 2015-01-10T15:38",
            "发布时间:2023-01-31     作者:关颖 => 2023-01-31",
            "发布日期:2021/12/14 => 2021-12-14",
            "2021年2月30日 => null",
            "来源:科技部 => null"})
    void readsThePublicationDateAtThePrecisionGiven(String text, String expected) {
        PartialDate d = MetaReader.date(text.replace("\\n", "\n"));
        assertThat(d == null ? null : d.toString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", nullValues = "null", value = {
            "12月14日上午,西安市举办新闻发布会。 => 今年是“十四五”开局之年。 => 2021-12-14",
            "12月14日上午,西安市举办新闻发布会。 => 今年是“十三五”收官之年。 => 2020-12-14",
            "12月14日上午,西安市举办新闻发布会。 => 今年工作很多。 => null",
            "近年来,咸阳市持续强政策。 => 今年是“十四五”开局之年。 => null"})
    void datesATranscriptDatelineWithThePlanPeriodYear(String lead, String body, String expected) {
        PartialDate d = MetaReader.datelineDate(lead, lead + "\n" + body);
        assertThat(d == null ? null : d.toString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", nullValues = "null", value = {
            "发布时间:2023-01-31     作者:关颖 翟小雪   来源:西安新闻网   分享到: => 西安新闻网",
            "2022-1-14 17:50| 发布者: admin| 查看: 8| 评论: 0|来自: 汉中发布 => 汉中发布",
            "来源:科技部 => 科技部",
            "来源:西安新闻网?? 分享到: => 西安新闻网",
            "来源:新华社(北京) => 新华社",
            "来源:中国经营报(上海) => 中国经营报",
            "来源:人民网(人民日报) => 人民网(人民日报)",
            "来源:2022-01-01 => null",
            "作者:关颖 => null"})
    void readsTheSourceOutletOfAMetadataLine(String line, String expected) {
        int[] r = MetaReader.source(line);
        assertThat(r == null ? null : line.substring(r[0], r[1])).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", nullValues = "null", value = {
            "此奖实现了汉中零的突破。(来源:汉中发布) => 汉中发布",
            "此奖实现了汉中零的突破。 => null",
            "本网站注明(来源:某网)的作品。还有更多 => null"})
    void readsATrailingSourceNoteOfTheBody(String paragraph, String expected) {
        int[] r = MetaReader.trailingSource(paragraph);
        assertThat(r == null ? null : paragraph.substring(r[0], r[1])).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", nullValues = "null", value = {
            "【西安日报讯】记者从市科技局获悉 => 西安日报",
            "【本报讯】记者从市科技局获悉 => null"})
    void readsTheOutletOfANewsFlash(String lead, String expected) {
        int[] r = MetaReader.newsFlashSource(lead);
        assertThat(r == null ? null : lead.substring(r[0], r[1])).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "发布时间:2023-01-31     作者:关颖 翟小雪 雷伟东 谢伟 郝钟毓 王旭东   来源:西安新闻网 => 关颖:AUTHOR 翟小雪:AUTHOR 雷伟东:AUTHOR 谢伟:AUTHOR 郝钟毓:AUTHOR 王旭东:AUTHOR",
            "文/西安报业全媒体记者关颖 图/西安报业全媒体记者翟小雪 雷伟东 => 关颖:AUTHOR 翟小雪:PHOTOGRAPHER 雷伟东:PHOTOGRAPHER",
            "记者 张三 通讯员 李四 王五 => 张三:REPORTER 李四:CORRESPONDENT 王五:CORRESPONDENT",
            "(记者 张三) => 张三:REPORTER",
            "文/张三 图/李四摄 => 张三:AUTHOR 李四:PHOTOGRAPHER",
            "作者:张三、李四 => 张三:AUTHOR 李四:AUTHOR",
            "时间:2023-06-01 10:20 来源:榆林日报 作者:记者 张伟 通讯员 李娜 => 张伟:REPORTER 李娜:CORRESPONDENT"})
    void readsAuthorsWithTheirRoles(String line, String expected) {
        List<String> got = MetaReader.authors(line).stream().map(a -> a.name() + ":" + a.role()).toList();
        assertThat(got).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "本报讯(记者 张三 通讯员 李四)6月5日,西安市召开科技大会。 => 张三:REPORTER 李四:CORRESPONDENT",
            "【陕西日报讯】(记者 王五)近日,全省科技工作会议召开。 => 王五:REPORTER",
            "6月5日,西安市召开科技大会(记者 张三)。 => ''",
            "(某某社记者王大明高雄8日电)中山大学研发出新平台 => 王大明:REPORTER",
            "(某某社记者欧阳明高雄3日电)港口货运量创新高 => 欧阳明:REPORTER",
            "某某社北京3月5日电(记者 张明)今天发布 => 张明:REPORTER",
            "(某某社记者走访多地5日电)当地企业 => ''"})
    void readsCreditsInParenthesesAtTheStartOfTheLead(String lead, String expected) {
        List<String> got = MetaReader.leadCredits(lead).stream().map(a -> a.name() + ":" + a.role()).toList();
        assertThat(String.join(" ", got)).isEqualTo(expected);
    }

    @Test
    void neverCountsAnEditorAsAnAuthor() {
        assertThat(MetaReader.authors("责任编辑:李欢颜")).isEmpty();
        assertThat(MetaReader.editors("责任编辑:李欢颜")).containsExactly("李欢颜");
        assertThat(MetaReader.editors("编辑:张三 李四")).containsExactly("张三", "李四");
        assertThat(MetaReader.editors("(编辑:王五)")).containsExactly("王五");
        assertThat(Author.Role.values()).isNotEmpty();
    }

    /** Lines as the text layer sees them: normalized, so brackets are half-width. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "本报记者 张明 李华 => 张明:REPORTER 李华:REPORTER",
            "新华社记者 赵刚 => 赵刚:REPORTER",
            "新华社记者钱明、孙丽、周强 => 钱明:REPORTER 孙丽:REPORTER 周强:REPORTER",
            "某某日报·客户端记者 吴军 => 吴军:REPORTER",
            "某某日报全媒体记者 郑伟 通讯员 冯雪 => 郑伟:REPORTER 冯雪:CORRESPONDENT",
            "本报记者  王  明  陈  红 => 王明:REPORTER 陈红:REPORTER",
            "(记者 卫东) => 卫东:REPORTER",
            "某某网记者 阿依古丽·买买提 => 阿依古丽·买买提:REPORTER",
            "记者王小明/台北报导 => 王小明:REPORTER",
            "记者 陈美玲 / 高雄报导 => 陈美玲:REPORTER",
            "记者李大同/香港报道 => 李大同:REPORTER"})
    void readsBylinesOfTheBody(String line, String expected) {
        assertThat(MetaReader.isByline(line) || BlockClassifier.CREDIT.matcher(line).find()).isTrue();
        List<String> got = MetaReader.authors(line).stream().map(a -> a.name() + ":" + a.role()).toList();
        assertThat(got).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"新华社记者近日从有关部门获悉", "记者从市科技局获悉，今年以来全市新增企业", "记者节特别报道",
            "本报记者走进高新区", "记者走访台北/台北报导"})
    void aSentenceAboutReportersIsNotAByline(String line) {
        assertThat(MetaReader.isByline(line)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "会议要求各单位抓好落实。(记者 张明) => 张明:REPORTER",
            "全年目标任务顺利完成。(张明 李华) => 张明:REPORTER 李华:REPORTER",
            "出台了管理办法(试行) => ''",
            "相关工作正在推进中。(完) => ''"})
    void readsACreditClosingTheBody(String paragraph, String expected) {
        List<String> got = MetaReader.trailingCredits(paragraph).stream().map(a -> a.name() + ":" + a.role()).toList();
        assertThat(String.join(" ", got)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", nullValues = "null", value = {
            "新华社北京3月5日电 全国两会今天开幕。 => 新华社",
            "中新社上海3月5日电(记者 张明)上海市今天发布 => 中新社",
            "(某某社记者王大明高雄8日电)研究团队表示 => 某某社",
            "本报北京3月5日电 记者从有关部门获悉 => null",
            "3月5日，全市科技大会召开 => null"})
    void readsTheAgencyOfAWireDateline(String lead, String expected) {
        int[] r = MetaReader.datelineSource(lead, MetaWords.defaults());
        assertThat(r == null ? null : lead.substring(r[0], r[1])).isEqualTo(expected);
    }
}
