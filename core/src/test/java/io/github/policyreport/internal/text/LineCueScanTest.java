package io.github.policyreport.internal.text;

import io.github.policyreport.internal.RuleFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-pass line checks of the text layer against the plain regular expressions they replace:
 * the boilerplate cues' literal trie (which alternatives can match a line) and the metadata
 * label check (a label word right before a separator), on generated lines and on rows of lines
 * written in the style of news pages, government sites and Taiwanese/HK portals.
 */
class LineCueScanTest {

    /** Pieces of page furniture, labels and prose that generated lines are made of. */
    private static final String[] PIECES = {
        "首页", " > ", "»", "/", "您的位置", "当前位置", ":", "：", " ", "  ", "\t", "|", "丨", "【", "】", "(", ")", "[", "]",
        "分享到", "分享", "打印", "本页", "关闭", "窗口", "關閉", "字号", "大", "中", "小", "扫一扫", "手机打开", "微信", "微博",
        "相关阅读", "相關閱讀", "上一篇", "下一页", "版权所有", "版權所有", "©", "Copyright", "ICP备", "icp", "12345678号",
        "ISSN", "COPYRIGHT", "cOpYrIgHt", "Icp 8", "CN 61-1234", "主办", "主辦", "承办", "技术支持", "电话", "传真", "010-82345678", "邮箱", "office@example.cn",
        ".jpg", "图片", "image", "完", "undefined", "美女", "久久", "精品", "av", "AV", "责任编辑", "責任編輯", "编辑", "审核",
        "王强", "摘要", "导读", "来源", "科技", "全市", "增长", "。", ",", "2023", "年", "12", "月", "鲜花", "评论", "发表评论",
        "网友留言", "以下是网友留言", "关于我们", "未经", "授权", "转载", "许可证", "编号", "是", "的新闻门户网站", "查看内容",
        "正文", "Baidu", "function (", "·", "•", "-", "相关链接", "猜你喜欢", "营业执照", "不代表本网", "观点", "abc"};

    @Test
    void theLiteralTrieNeverDropsACueOnGeneratedLines() {
        List<RuleFile.Line> lines = RuleFile.read(Cues.class, "boilerplate.txt");
        Cues cues = Cues.of(lines);
        Reference reference = new Reference(lines);
        Random random = new Random(20261130);
        Cues.Matching matching = cues.matching();
        int cued = 0;
        for (int round = 0; round < 4000; round++) {
            String line = generate(random, PIECES, 1 + random.nextInt(8));
            Cues.Kind expected = reference.match(line);
            assertThat(matching.match(line)).as(line).isEqualTo(expected);
            cued += expected == null ? 0 : 1;
        }
        assertThat(cued).as("lines that are boilerplate").isBetween(1000, 3900);
    }

    /** More distinct literal sets than the trie has lists: the lists are shared, the answers stay. */
    @Test
    void cuesSharingATrieListStillMatchOnlyTheirOwnLines() {
        StringBuilder file = new StringBuilder();
        List<String> words = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            String w = "栏目" + (char) ('甲' + k);
            words.add(w);
            file.append(k % 2 == 0 ? "TOOLBAR\t^" : "RELATED\t").append(w).append(k % 3 == 0 ? "\\s*[:]" : "").append('\n');
        }
        List<RuleFile.Line> lines = RuleFile.parse("many-cues.txt", file.toString());
        Cues cues = Cues.of(lines);
        Reference reference = new Reference(lines);
        Random random = new Random(41);
        String[] pieces = words.toArray(new String[0]);
        String[] mixed = new String[pieces.length + 4];
        System.arraycopy(pieces, 0, mixed, 0, pieces.length);
        System.arraycopy(new String[] {":", " ", "栏", "目"}, 0, mixed, pieces.length, 4);
        for (int round = 0; round < 2000; round++) {
            String line = generate(random, mixed, 1 + random.nextInt(4));
            assertThat(cues.match(line)).as(line).isEqualTo(reference.match(line));
        }
    }

    /**
     * Alternatives without literals (a class, an inline flag) always run; escapes after which no
     * literal text follows (a named back reference) never make a literal. Spam still counts each hit.
     */
    @Test
    void cuesWithoutLiteralsMatchLikeThePlainPatterns() {
        List<RuleFile.Line> lines = RuleFile.parse("united-cues.txt", String.join("\n",
                "TOOLBAR\t^[\\d\\s]+$",
                "TOOLBAR\t^(?i:abc)\\s*$",
                "PLACEHOLDER\t^(.)\\1+$",
                "IMAGE\t^(?<x>[a-z])\\k<x>$",
                "COPYRIGHT\t(?i)rights\\s+reserved",
                "CONTACT\t\\d{3,4}-\\d{7,8}",
                "SPAM\t\\d{5,}",
                "SPAM\t[a-z]{3}\\d") + "\n");
        Cues cues = Cues.of(lines);
        Reference reference = new Reference(lines);
        String[] pieces = {"123", " ", "abc", "ABC", "aa", "xx", "Rights Reserved", "rights  reserved", "010-12345678",
            "12345", "xyz9", "中文", "。"};
        Random random = new Random(17);
        for (int round = 0; round < 3000; round++) {
            String line = generate(random, pieces, 1 + random.nextInt(4));
            assertThat(cues.match(line)).as(line).isEqualTo(reference.match(line));
        }
    }

    /** Lines whose cue the trie must let through (one row per family), and lines it must not cut. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", nullValues = "null", value = {
            "当前位置:首页 > 政务公开 > 部门动态 => BREADCRUMB",
            "首頁 › 本地新聞 › 市政 => BREADCRUMB",
            "分享到 | 打印 | 关闭 => TOOLBAR",
            "【打印此页】 【关闭窗口】 => TOOLBAR",
            "分享: => TOOLBAR",
            "下一篇:市政府召开常务会议研究部署防汛工作 => RELATED",
            "字體:【大 中 小】 => TOOLBAR",
            "字号:【大 中 小】 => TOOLBAR",
            "版權所有 © 某某縣政府 => COPYRIGHT",
            "Copyright 2024 某某市人民政府办公室 All Rights Reserved => COPYRIGHT",
            "主办:某某市人民政府办公室 承办:某某市大数据中心 => COPYRIGHT",
            "网站标识码 1234000001 京ICP备12345678号 => COPYRIGHT",
            "联系电话:0931-8123456 => CONTACT",
            "责任编辑:刘芳 => EDITOR",
            "(責任編輯:陳美玲) => EDITOR",
            "审核:张华 校对:李明 => EDITOR",
            "发表评论 => COMMENTS",
            "导读:今年一季度全省外贸进出口实现开门红 => SUMMARY",
            "新闻来源于市统计局发布的季度数据,全市规模以上工业增加值增长百分之六。 => null",
            "记者从市发展改革委获悉,今年全市将新开工重大项目120个,总投资超过800亿元。 => null",
            "本报讯 全市科技创新大会昨日召开,会议总结了过去一年的工作。 => null"})
    void letsEveryCueFamilyThroughAndLeavesProseAlone(String line, Cues.Kind kind) {
        assertThat(Cues.defaults().match(line)).isEqualTo(kind);
    }

    @Test
    void theLabelCheckAnswersLikeTheLabelPatternOnGeneratedLines() {
        MetaWords words = MetaWords.defaults();
        List<String> labels = metaLabels();
        Pattern pattern = Pattern.compile(MetaWords.alternation(labels) + "\\s*[:|丨]");
        List<String> pieces = new ArrayList<>(labels);
        pieces.addAll(List.of("发布", "任编辑", "阅", "点", "次数", "数", "来源于", "時間", "來源", ":", ":", "|", "丨", "：", "｜",
                " ", "  ", "\t", "\u000B", "\f", "\r", "\n", "2024-03-15", "10:30", "admin", "张三", "市统计局", "新华网", "。", "8"));
        Random random = new Random(7);
        String[] all = pieces.toArray(new String[0]);
        int found = 0;
        for (int round = 0; round < 5000; round++) {
            String line = generate(random, all, 1 + random.nextInt(7));
            boolean expected = pattern.matcher(line).find();
            assertThat(BlockClassifier.hasLabel(line, words)).as("[%s]", line).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).as("lines with a label").isBetween(500, 4500);
    }

    /** The first-character checks before the date-line and spaced-label patterns never turn a metadata line away. */
    @Test
    void theMetaLineChecksAnswerLikeThePatternsOnGeneratedLines() {
        MetaWords words = MetaWords.defaults();
        Pattern labels = Pattern.compile(MetaWords.alternation(metaLabels()) + "\\s*[:|丨]");
        String[] pieces = {"2024", "2023-", "12", "3", "-", "/", ".", "年", "月", "日", " ", "  ", "\t", "10:30", ":45",
            "来源", "发布时间", "日期", "时间", "作者", "稿源", "出处", "浏览", ":", "|", "某某日报", "张三", "新华社", ",",
            "。", "全市", "增长"};
        String[] openings = {"", "", "2024-03-15", "2024年3月15日", "2024/3/15 10:30", "2023.12.1", "2024-3", "20240315",
            "2024年", "1234-5-6 ", "12-3-4", "来源 ", "作者  ", "发布时间\t", "日期 ", "时间", "出处 "};
        Random random = new Random(23);
        int meta = 0;
        int datedLines = 0;
        int spacedLines = 0;
        for (int round = 0; round < 5000; round++) {
            String t = (openings[random.nextInt(openings.length)] + generate(random, pieces, random.nextInt(5))).strip();
            if (t.isEmpty()) {
                continue;
            }
            boolean sentence = t.indexOf('。') >= 0;
            Matcher d = BlockClassifier.DATE_LINE.matcher(t);
            boolean dated = t.length() <= 80 && d.lookingAt() && !sentence
                    && (d.end() == t.length() || (!Normalizer.isHan(t.charAt(d.end())) && t.charAt(d.end()) != ','));
            boolean spaced = t.length() <= 60 && BlockClassifier.SPACED_LABEL.matcher(t).lookingAt() && !sentence;
            boolean expected = t.length() <= 150 && (dated || spaced || (labels.matcher(t).find() && !sentence));
            assertThat(BlockClassifier.isMetaLine(new Block(0, 0, t.length(), t, null), words)).as("[%s]", t)
                    .isEqualTo(expected);
            meta += expected ? 1 : 0;
            datedLines += dated ? 1 : 0;
            spacedLines += spaced ? 1 : 0;
        }
        assertThat(meta).as("metadata lines").isBetween(200, 4500);
        assertThat(datedLines).as("date lines").isGreaterThan(20);
        assertThat(spacedLines).as("spaced label lines").isGreaterThan(20);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "来源:市统计局 => true",
            "作者: 王明 | 来源: 某某日报 => true",
            "发布时间 : 2024-03-15 10:30 => true",
            "更新时间丨2023-12-01 => true",
            "浏览次数|128 => true",
            "分享到: => true",
            "时间  \t: 2024年 => true",
            "来源于基层的创新实践: 某县的经验 => false",
            "会议时间为三天: 第一天报到 => false",
            "编辑部地址 | 北京市 => false",
            ": 来源 => false",
            "来 源: 某某网 => false"})
    void findsALabelRightBeforeASeparator(String line, boolean label) {
        assertThat(BlockClassifier.hasLabel(line, MetaWords.defaults())).isEqualTo(label);
    }

    /** The role check before the credit pattern never turns a credit away. */
    @Test
    void theCreditCheckAnswersLikeTheCreditPatternOnGeneratedLines() {
        String[] pieces = {"文", "图", "摄影", "摄", "作者", "记者", "本报记者", "特约记者", "通讯员", "撰稿", "文字", "图文", "策划",
            "制图", "新华社", "(", "[", "【", ")", "】", "/", "|", "丨", ":", " ", "  ", "\t", "张三", "李小明", "王", "报道",
            "。", "市", "文化", "2024年"};
        Random random = new Random(11);
        int credits = 0;
        for (int round = 0; round < 4000; round++) {
            String line = generate(random, pieces, 1 + random.nextInt(5)).strip();
            if (line.isEmpty()) {
                continue;
            }
            Block b = new Block(0, 0, line.length(), line, null);
            boolean expected = line.length() <= 100 && line.indexOf('。') < 0
                    && (BlockClassifier.CREDIT.matcher(line).lookingAt() || MetaReader.isByline(line));
            assertThat(BlockClassifier.isCredit(b)).as(line).isEqualTo(expected);
            credits += expected ? 1 : 0;
        }
        assertThat(credits).as("credit lines").isBetween(150, 3700);
    }

    /** The mark check before the lead-phrase pattern (抓顶层设计。…, 一是完善政策:…) never turns a lead away. */
    @Test
    void theLeadMarkCheckNeverTurnsALeadPhraseAway() {
        String[] pieces = {"一是", "十二是", "抓", "顶层设计", "完善政策", "强化", "保障", "。", ":", ",", "全市", "科技创新",
            "(", "2024年", "重点"};
        Random random = new Random(5);
        int leads = 0;
        for (int round = 0; round < 4000; round++) {
            String p = generate(random, pieces, 1 + random.nextInt(10));
            if (Structure.LEAD.matcher(p).lookingAt()) {
                leads++;
                assertThat(Structure.leadMark(p, 0, p.length())).as(p).isTrue();
            }
        }
        assertThat(leads).as("lead phrases").isGreaterThan(200);
    }

    @Test
    void dropsSpacesLikeTheSpacePattern() {
        String[] pieces = {"全市", " ", "  ", "\t", "\u000B", "\f", "\r", "\n", "\u3000", "\u00A0", "增长", "12%", "。"};
        Random random = new Random(3);
        for (int round = 0; round < 2000; round++) {
            String t = generate(random, pieces, random.nextInt(8));
            assertThat(Dedup.withoutSpaces(t)).as("[%s]", t).isEqualTo(t.replaceAll("\\s+", ""));
        }
    }

    private static List<String> metaLabels() {
        for (RuleFile.Line l : RuleFile.read(MetaWords.class, "metadata-words.txt")) {
            if (l.text().startsWith("meta-label\t")) {
                return List.of(l.text().substring(l.text().indexOf('\t') + 1).strip().split("\\|"));
            }
        }
        throw new AssertionError("no meta-label list");
    }

    private static String generate(Random random, String[] pieces, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    /**
     * The cue file read the plain way: per kind in order of precedence, each cue's whole regular
     * expression searched in the line (spam words counted), with the length limits of {@link Cues}.
     */
    private static final class Reference {
        private final Map<Cues.Kind, List<Pattern>> patterns = new EnumMap<>(Cues.Kind.class);
        private final List<String> spamWords = new ArrayList<>();

        Reference(List<RuleFile.Line> lines) {
            for (RuleFile.Line l : lines) {
                int tab = l.text().indexOf('\t');
                Cues.Kind kind = Cues.Kind.valueOf(l.text().substring(0, tab).strip());
                String regex = l.text().substring(tab + 1).strip();
                if (kind == Cues.Kind.SPAM && regex.chars().noneMatch(ch -> "\\[](){}.*+?^$".indexOf(ch) >= 0)) {
                    spamWords.addAll(List.of(regex.split("\\|")));
                } else {
                    patterns.computeIfAbsent(kind, k -> new ArrayList<>()).add(Pattern.compile(regex));
                }
            }
        }

        Cues.Kind match(String line) {
            if (line.length() > Cues.MAX_LINE) {
                return null;
            }
            for (Cues.Kind k : Cues.Kind.values()) {
                if ((k == Cues.Kind.CONTACT || k == Cues.Kind.COPYRIGHT) && line.length() > 100) {
                    continue;
                }
                int hits = 0;
                if (k == Cues.Kind.SPAM) {
                    for (String w : spamWords) {
                        for (int i = line.indexOf(w); i >= 0; i = line.indexOf(w, i + w.length())) {
                            hits++;
                        }
                    }
                }
                for (Pattern p : patterns.getOrDefault(k, List.of())) {
                    Matcher m = p.matcher(line);
                    while (m.find()) {
                        hits++;
                    }
                }
                if (hits >= (k == Cues.Kind.SPAM ? 2 : 1)) {
                    return k;
                }
            }
            return null;
        }
    }
}
