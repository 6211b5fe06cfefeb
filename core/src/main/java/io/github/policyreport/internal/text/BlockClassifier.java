package io.github.policyreport.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which blocks are title, metadata, credits, body or boilerplate; one classifier for
 * text and HTML input.
 *
 * <p>The body is the largest cluster of <em>strong</em> blocks (sentence-like lines without a
 * cue), a cluster ending at a cue that ends articles (related lists, comments, copyright,
 * 责任编辑) or a long gap. Inside the cluster every block without a cue is body, so short lines
 * between body lines (headings such as 一、…, 发布环节, 2015年4月 in a chronicle) stay body;
 * headings right before the first strong line join it. The title is the nearest plausible
 * headline above the body, skipping metadata lines, credits and cues.
 */
final class BlockClassifier {

    static final Pattern SPACED_LABEL = Pattern.compile(
            "^(?:发布时间|发布日期|发表时间|日期|时间|来源|来自|稿源|出处|作者)\\s+[^\\s,，。]{2,}");
    /** The first characters of {@link #SPACED_LABEL}'s words: a line starting otherwise is tried no further. */
    private static final String SPACED_LABEL_FIRSTS = "发日时来稿出作";
    static final Pattern DATE_LINE = Pattern.compile(
            "^\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(\\s*\\d{1,2}:\\d{2}(:\\d{2})?)?");
    static final Pattern CREDIT = Pattern.compile(
            "^[(\\[【]?\\s*((文|图|摄影|摄|作者|记者|本报记者|通讯员|撰稿|文字|图文|文图|策划|制图)\\s*[/|丨:]"
                    + "|(记者|本报记者|特约记者|通讯员)\\s+\\p{IsHan}{2,4}(\\s|[)\\]】]|$))");
    /** The first characters of {@link #CREDIT}'s role words (文, 图, 摄影, 作者, 本报记者, 特约记者 …). */
    private static final String CREDIT_ROLE_FIRSTS = "文图摄作记本通撰策制特";
    /** The characters {@code \s} matches (a block holds no line end): a spaced label needs one. */
    private static final String SPACES = " \t\u000B\f\r";
    /** What every match of {@link #CREDIT} holds: a separator after the role, or a space before a name. */
    private static final String CREDIT_MARKS = "/|丨:" + SPACES;

    /** A subtitle under the headline: ——2024年1月15日在…会议上. */
    private static final Pattern SUBTITLE = Pattern.compile("^(——|—|--|－－)");
    /** Marks that end a sentence: a line holding one is sentence-like. */
    private static final String SENTENCE_ENDS = "。;!?…";
    private static final int MAX_GAP = 8;

    private BlockClassifier() {
    }

    /** The decision for every block. */
    record Result(Block.Kind[] kinds, int bodyStart, int bodyEnd, int title) {
    }

    static boolean isMetaLine(Block b, MetaWords words) {
        String t = b.text();
        if (t.length() > 150) {
            return false;
        }
        // the patterns are anchored at the line start: look at the first character (and, for a
        // spaced label, whether the line has a space) before a matcher is made
        java.util.regex.Matcher d = t.length() <= 80 && startsWithYear(t) ? DATE_LINE.matcher(t) : null;
        if (d != null && d.lookingAt() && !isSentence(t)) {
            if (d.end() == t.length()) {
                return true;
            }
            char next = t.charAt(d.end());
            if (!Normalizer.isHan(next) && next != ',') {
                return true;
            }
        }
        if (t.length() <= 60 && SPACED_LABEL_FIRSTS.indexOf(t.charAt(0)) >= 0 && hasAny(t, SPACES)
                && SPACED_LABEL.matcher(t).lookingAt() && !isSentence(t)) {
            return true; // 来源 某某日报 2023-03-15: a label and its value separated by spaces only
        }
        return hasLabel(t, words) && !isSentence(t);
    }

    /** Whether {@code t} opens with four ASCII digits, as every {@link #DATE_LINE} does. */
    private static boolean startsWithYear(String t) {
        if (t.length() < 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a {@code meta-label} word of {@code words} ends right before a separator (:, | or 丨)
     * of {@code t}, with only spaces ({@code \s}) between: what the pattern {@code (label|…)\s*[:|丨]}
     * finds, without trying an alternation at every offset. One pass: at each separator the reversed
     * label trie is asked about the text before the spaces that precede it.
     */
    static boolean hasLabel(String t, MetaWords words) {
        int labelEnd = 0; // just after the last character that is not a space
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == ':' || c == '|' || c == '丨') && labelEnd > 0 && words.labels.longestEndingAt(t, 0, labelEnd) > 0) {
                return true;
            }
            if (c != '\n' && SPACES.indexOf(c) < 0) {
                labelEnd = i + 1;
            }
        }
        return false;
    }

    static boolean isCredit(Block b) {
        return b.length() <= 100 && !isSentence(b.text())
                && ((creditRoleFirst(b.text()) && hasAny(b.text(), CREDIT_MARKS) && CREDIT.matcher(b.text()).lookingAt())
                        || MetaReader.isByline(b.text()));
    }

    /**
     * Whether the character after {@link #CREDIT}'s optional bracket and spaces can start one of its
     * role words: most lines fail this, and no matcher is made for them.
     */
    private static boolean creditRoleFirst(String t) {
        int i = !t.isEmpty() && "([【".indexOf(t.charAt(0)) >= 0 ? 1 : 0;
        while (i < t.length() && SPACES.indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return i < t.length() && CREDIT_ROLE_FIRSTS.indexOf(t.charAt(i)) >= 0;
    }

    /** Whether {@code t} holds one of {@code chars}: the cheap test before a pattern that needs one. */
    static boolean hasAny(String t, String chars) {
        for (int i = 0; i < t.length(); i++) {
            if (chars.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSentence(String t) {
        return t.indexOf('。') >= 0;
    }

    private static boolean sentenceLike(Block b) {
        if (b.length() < 16) {
            return false;
        }
        String t = b.text();
        if (han(t) * 10 < t.length() * 4) {
            return false;
        }
        int commas = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (SENTENCE_ENDS.indexOf(c) >= 0) {
                return true;
            }
            if (c == ',' || c == '、') {
                commas++;
            }
        }
        return commas >= 2 || (commas >= 1 && t.length() >= 40) || t.length() >= 80;
    }

    private static boolean endsSentence(String t) {
        return t.length() >= 6 && han(t) >= 4 && (t.endsWith("。") || t.endsWith("!") || t.endsWith("?")
                || t.endsWith("。”") || t.endsWith("。\""));
    }

    static int han(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (Normalizer.isHan(t.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static Result classify(List<Block> blocks) {
        return classify(blocks, -1, MetaWords.defaults());
    }

    /**
     * Classifies blocks; {@code knownTitle} is the index of a block the page's markup names as its
     * headline ({@code <title>}, h1, ArticleTitle), or -1; {@code words} tell a speaker line from a headline.
     */
    static Result classify(List<Block> blocks, int knownTitle, MetaWords words) {
        int n = blocks.size();
        Block.Kind[] kinds = new Block.Kind[n];
        Arrays.fill(kinds, Block.Kind.OTHER);
        boolean[] strong = new boolean[n];
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            if (isCredit(b)) {
                kinds[i] = Block.Kind.CREDIT;
            } else if (isMetaLine(b, words)) {
                kinds[i] = Block.Kind.META;
            } else if (b.cue() != null) {
                kinds[i] = Block.Kind.BOILERPLATE;
            } else {
                strong[i] = sentenceLike(b);
            }
        }
        // the value of a label-only line (来源: / 西安新闻网) is metadata too
        for (int i = 1; i < n; i++) {
            if (kinds[i - 1] == Block.Kind.META && kinds[i] == Block.Kind.OTHER && blocks.get(i).length() <= 40
                    && !isSentence(blocks.get(i).text()) && MetaReader.endsWithLabel(blocks.get(i - 1).text())) {
                kinds[i] = Block.Kind.META;
                strong[i] = false;
            }
        }
        // a headline is not body: the block the markup names, or a line without 。 right above a metadata line
        for (int i = 0; i < n; i++) {
            boolean aboveMeta = (i + 1 < n && kinds[i + 1] == Block.Kind.META)
                    || (i + 2 < n && kinds[i + 1] == Block.Kind.BOILERPLATE && kinds[i + 2] == Block.Kind.META);
            if (i == knownTitle || (strong[i] && aboveMeta && !isSentence(blocks.get(i).text()) && blocks.get(i).length() <= 100)) {
                strong[i] = false;
            }
        }
        int[] best = bestCluster(blocks, strong);
        if (best == null) {
            // pages of short lines: any line ending a sentence counts
            for (int i = 0; i < n; i++) {
                strong[i] = kinds[i] == Block.Kind.OTHER && i != knownTitle && endsSentence(blocks.get(i).text());
            }
            best = bestCluster(blocks, strong);
        }
        if (best == null) {
            // no body: the headline is the first headline-like line, not the last
            int title = knownTitle >= 0 ? knownTitle : firstTitle(blocks, kinds, words);
            if (title >= 0) {
                kinds[title] = Block.Kind.TITLE;
            }
            return new Result(kinds, -1, -1, title);
        }
        int start = best[0];
        while (start > 0 && kinds[start - 1] == Block.Kind.OTHER && Numbering.of(blocks.get(start - 1).text()).isPresent()
                && blocks.get(start - 1).length() <= 60) {
            start--;
        }
        int end = best[1];
        // short sentences right after the last strong line (确保一以贯之、常抓不懈。) are body too
        while (end + 1 < n && kinds[end + 1] == Block.Kind.OTHER && endsSentence(blocks.get(end + 1).text())) {
            end++;
        }
        for (int i = start; i <= end; i++) {
            if (kinds[i] == Block.Kind.OTHER) {
                kinds[i] = Block.Kind.BODY;
            }
        }
        int title = knownTitle >= 0 && knownTitle < start ? knownTitle : titleBefore(blocks, kinds, start, words);
        if (title >= 0) {
            kinds[title] = Block.Kind.TITLE;
        }
        return new Result(kinds, start, end, title);
    }

    /** {first, last} strong block of the cluster with the most strong text, or null. */
    private static int[] bestCluster(List<Block> blocks, boolean[] strong) {
        List<int[]> clusters = new ArrayList<>();
        int first = -1;
        int last = -1;
        int weight = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean ends = b.cue() != null && b.cue().endsBody();
            if (first >= 0 && (ends || i - last > MAX_GAP)) {
                clusters.add(new int[] {first, last, weight});
                first = -1;
                weight = 0;
            }
            if (strong[i]) {
                if (first < 0) {
                    first = i;
                }
                last = i;
                weight += b.length();
            }
        }
        if (first >= 0) {
            clusters.add(new int[] {first, last, weight});
        }
        int[] best = null;
        for (int[] c : clusters) {
            if (best == null || c[2] > best[2]) {
                best = c;
            }
        }
        return best;
    }

    private static int firstTitle(List<Block> blocks, Block.Kind[] kinds, MetaWords words) {
        for (int i = 0; i < blocks.size() && i < 20; i++) {
            if (kinds[i] == Block.Kind.OTHER && plausibleTitle(blocks.get(i).text(), words)) {
                return i;
            }
        }
        return -1;
    }

    /** The nearest plausible headline above {@code start}, at most ten lines away not counting boilerplate. */
    private static int titleBefore(List<Block> blocks, Block.Kind[] kinds, int start, MetaWords words) {
        int seen = 0;
        for (int i = start - 1; i >= 0 && seen < 10; i--) {
            Block b = blocks.get(i);
            if (kinds[i] == Block.Kind.BOILERPLATE) {
                continue;
            }
            seen++;
            if (kinds[i] != Block.Kind.OTHER) {
                continue;
            }
            if (plausibleTitle(b.text(), words)) {
                return words.issuerLine(b.text()) ? headlineAbove(blocks, kinds, i, words) : i;
            }
        }
        return -1;
    }

    /**
     * The headline above an issuing body's line (某市…统计公报 / 某市统计局 / date): the nearest
     * non-boilerplate line above, when it is a plausible title and no issuer itself; else the issuer line.
     */
    private static int headlineAbove(List<Block> blocks, Block.Kind[] kinds, int issuer, MetaWords words) {
        for (int j = issuer - 1; j >= 0; j--) {
            if (kinds[j] == Block.Kind.BOILERPLATE) {
                continue;
            }
            String t = blocks.get(j).text();
            return kinds[j] == Block.Kind.OTHER && plausibleTitle(t, words) && !words.issuerLine(t) ? j : issuer;
        }
        return issuer;
    }

    static boolean isSubtitle(String t) {
        return SUBTITLE.matcher(t).find();
    }

    static boolean plausibleTitle(String t, MetaWords words) {
        return t.length() >= 5 && t.length() <= 100 && han(t) >= 5 && !DATE_LINE.matcher(t).find()
                && !t.endsWith(":") && !SUBTITLE.matcher(t).find() && !words.byline.matcher(t).matches();
    }
}
