package io.github.policyreport.internal.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", nullValues = "null", value = {
            "您的位置:首页 > 城市建设 => BREADCRUMB",
            "您當前的位置: 首頁 > 新聞中心 => BREADCRUMB",
            "汉中第一网 首页 汉中新闻 查看内容 => BREADCRUMB",
            "分享到: => TOOLBAR",
            "【打印本页】【关闭窗口】 => TOOLBAR",
            "字号:大 中 小 => TOOLBAR",
            "扫一扫在手机打开当前页 => TOOLBAR",
            "掃一掃在手機打開當前頁 => TOOLBAR",
            "相关阅读 => RELATED",
            "相關閱讀 => RELATED",
            "最新新闻 => RELATED",
            "相关新闻:全市科技创新大会召开 => RELATED",
            "猜你喜歡 => RELATED",
            "下一篇:全县召开科技工作推进会 => RELATED",
            "责任编辑 王强 => EDITOR",
            "相关阅读材料显示,全市研发投入持续增长,研发投入强度提高到百分之二点五以上 => null",
            "国家备案许可证编号:陕ICP备18005866号 @版权所有 西北建设杂志社 => COPYRIGHT",
            "国际标准刊号:ISSN 2957-9384 互联网药品信息服务资格证书 => COPYRIGHT",
            "【我们尊重原创,也注重分享。版权原作者所有,如有侵犯您的权益请及时联系。】 => COPYRIGHT",
            "合作:029-33567925 => CONTACT",
            "鲜花 => WIDGET",
            "雞蛋 => WIDGET",
            "发表评论 => COMMENTS",
            "以下是網友留言: => COMMENTS",
            "着力强化秦创原“一 (4).jpg => IMAGE",
            "undefined => PLACEHOLDER",
            "亚洲美女精品久久_国产精品一区二区你懂的 => SPAM",
            "责任编辑:李欢颜 => EDITOR",
            "責任編輯:李歡顏 => EDITOR",
            "摘要: 2021年12月31日,汉中市又新增一项国字号荣誉 => SUMMARY",
            "亚洲开发银行在西安举办会议,共签约项目12个。 => null",
            "全市办理生产许可证30张,同比增长12%。 => null",
            "发布环节 => null",
            "2015年4月 => null",
            "上一页 1 2 3 下一页 => TOOLBAR",
            "(完) => PLACEHOLDER",
            "• 官方微信 => TOOLBAR",
            "2023 => TOOLBAR",
            // anchored cues: by a literal prefix, by a word of a leading list, or with no literal
            "打印本页 => TOOLBAR",
            "關閉窗口 => TOOLBAR",
            "关于我们 => COPYRIGHT",
            "关于我们的科研团队在全省创新大赛中获奖 => null",
            "已有12人评论 => COMMENTS",
            "[编辑:王明] => EDITOR",
            "市科技局 首页 工作动态 通知公告 => BREADCRUMB",
            "首页改版后访问量增长三成 => null"})
    void recognisesGenericBoilerplateInBothScripts(String line, Cues.Kind kind) {
        assertThat(Cues.defaults().match(line)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", nullValues = "null", value = {
            "^(a|b)|c[|]d|e\\|f => ^(a|b) ¦ c[|]d ¦ e\\|f => null",
            "分享到 => 分享到 => 分享到",
            "主办\\s*[:] => 主办\\s*[:] => 主办",
            "网?站 => 网?站 => null",
            "版权所有x? => 版权所有x? => 版权所有"})
    void splitsCuePatternsIntoAlternativesWithLiteralPrefixes(String regex, String alternatives, String prefix) {
        assertThat(String.join(" ¦ ", CueLiterals.alternatives(regex))).isEqualTo(alternatives);
        assertThat(CueLiterals.literalPrefix(CueLiterals.alternatives(regex).get(0))).isEqualTo(prefix);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", nullValues = "null", value = {
            "\\d{3,4}-\\d{7,8} => -",
            "\\w+[#@][\\w.-]+\\.(com|cn) => .",
            "^[•·\\s.|]*$ => null",
            "(a|b)c => c",
            "x?y => y",
            "[(（]?完 => 完",
            "(?<x>[a-z])\\k<x>$ => null",
            "\\u5B8C$ => null",
            "\\x41\\d => null",
            "[\\u4E00-\\u9FA5]+: => :"})
    void findsACharacterEveryMatchOfACueContains(String regex, String required) {
        assertThat(CueLiterals.requiredChar(regex)).isEqualTo(required);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", nullValues = "null", value = {
            "[\\[【]?\\s*(责任编辑|编辑)\\s*[:：] => 责任编辑 ¦ 编辑",
            "(您的|当前)?(位置|所在位置)\\s*[:] => 位置 ¦ 所在位置",
            ".{0,40}(?:主办|主辦)\\s*[|｜].{0,40}$ => 主办 ¦ 主辦",
            "[•·\\s]*(微信|微博)$ => 微信 ¦ 微博",
            "(a|b)c => c",
            "(图片|(?i:image|img))\\s*\\d*$ => null",
            "(?i)(logo|banner)\\s*$ => null",
            "(?i:copyright) => c ¦ C",
            "(?i:icp)\\s*\\d => i ¦ I",
            "(?i:icp|issn|2fa)[备] => i ¦ I ¦ 2",
            "(?i:icp)?\\d{4} => null",
            "(?i:function\\s*\\() => null",
            "(?=.{0,9}$)\\s*(?!x)[ab]+ => null",
            "(上一页|下一页)*\\s*[:] => null",
            "(上一页|下一页){0,2}[:] => null",
            "^[•·\\s.|]*$ => null"})
    void findsWordsOneOfWhichEveryMatchOfACueContains(String regex, String words) {
        List<String> found = CueLiterals.requiredWords(regex);
        assertThat(found == null ? null : String.join(" ¦ ", found)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "(电话|热线)\\s*[:] => 电话\\s*[:] ¦ 热线\\s*[:]",
            "(?:打印|关闭)本页 => 打印本页 ¦ 关闭本页",
            "(打印|关闭)?本页 => (打印|关闭)?本页",
            "(a(b)|c)d => a(b)d ¦ cd",
            "(评论|已有\\d+人评论)\\s*[:] => 评论\\s*[:] ¦ 已有\\d+人评论\\s*[:]",
            "(图片|(?i:image|img))\\s*\\d*$ => 图片\\s*\\d*$ ¦ (?i:image|img)\\s*\\d*$",
            "(?:上一页|[<«])\\s*$ => (?:上一页|[<«])\\s*$",
            "(评论|\\d+条)+ => (评论|\\d+条)+",
            "(评论|共\\d+条)\\1 => (评论|共\\d+条)\\1",
            "(?<n>评论|共\\d+条) => (?<n>评论|共\\d+条)",
            "(?=评论)评 => (?=评论)评",
            "(评论|(?i)x\\d) => (评论|(?i)x\\d)"})
    void expandsLeadingWordGroupsSoEachCueHasALiteralPrefix(String regex, String expanded) {
        assertThat(String.join(" ¦ ", CueLiterals.expandLeadingWords(regex))).isEqualTo(expanded);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "2022-1-14 17:50| 发布者: admin| 查看: 8 => true",
            "日期: => true",
            "2015年01月10日 15:38 => true",
            "2021年12月31日,汉中市又新增一项国字号荣誉。 => false",
            "来源:科技部 => true",
            "来源 市统计局 2024-04-18 => true",
            "发布日期  2023年6月2日 => true",
            "2024/3/15 09:30 阅读次数 => true",
            "来源于基层的创新实践 => false",
            "2023年全市实现地区生产总值 => false",
            "汉中又新增一项国字号荣誉! => false"})
    void recognisesMetadataLines(String line, boolean meta) {
        List<Block> blocks = Block.split(line, Cues.defaults());
        assertThat(BlockClassifier.isMetaLine(blocks.get(0), MetaWords.defaults())).isEqualTo(meta);
    }

    /** The cheap checks before the credit patterns must never turn a credit away. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "文/张三 => true",
            "图 | 李四 => true",
            "摄影:王五 => true",
            "(记者 赵六) => true",
            "【记者 钱七 孙八】 => true",
            "通讯员 吴十 报道 => true",
            "新华社记者郑一、王二 => true",
            "记者从市里获悉 => false",
            "文化产业发展 => false",
            "2024年3月15日 => false"})
    void recognisesCreditLines(String line, boolean credit) {
        Block b = Block.split(line, Cues.defaults()).get(0);
        assertThat(BlockClassifier.isCredit(b)).isEqualTo(credit)
                .isEqualTo(BlockClassifier.CREDIT.matcher(line).find() || MetaReader.isByline(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "站名\\n首页 > 新闻\\n标题在这里\\n第一段正文,内容很长很长很长很长很长。\\n2015年4月\\n第二段正文,内容也很长很长很长很长。\\n相关阅读\\n别的文章,内容也很长很长很长很长。 => 标题在这里 => 第一段正文,内容很长很长很长很长很长。;2015年4月;第二段正文,内容也很长很长很长很长。",
            "首页 > 新闻\\n西安:加快推进科技资源统筹改革,为建设创新名城提供强大支撑,推动高质量发展\\n发布时间:2023-01-31 来源:西安日报\\n第一段正文,内容很长很长很长很长很长。 => 西安:加快推进科技资源统筹改革,为建设创新名城提供强大支撑,推动高质量发展 => 第一段正文,内容很长很长很长很长很长。",
            "短句页面标题\\n第一句话很短。\\n第二句话也短。\\n版权所有 某某网 => 短句页面标题 => 第一句话很短。;第二句话也短。",
            "西安科技工作总结\\n一、总体情况\\n第一段正文,内容很长很长很长很长很长。\\n鲜花\\n握手 => 西安科技工作总结 => 一、总体情况;第一段正文,内容很长很长很长很长很长。"})
    void keepsShortLinesBetweenBodyLinesAndStopsAtEndCues(String page, String title, String body) {
        List<Block> blocks = Block.split(Normalizer.normalize(page.replace("\\n", "\n")).text(), Cues.defaults());
        BlockClassifier.Result r = BlockClassifier.classify(blocks);
        assertThat(blocks.get(r.title()).text()).isEqualTo(title);
        List<String> got = blocks.stream().filter(b -> r.kinds()[b.index()] == Block.Kind.BODY).map(Block::text).toList();
        assertThat(got).containsExactly(body.split(";"));
    }
}
