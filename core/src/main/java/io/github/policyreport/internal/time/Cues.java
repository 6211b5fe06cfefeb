package io.github.policyreport.internal.time;

/**
 * The words around a date expression that change its role: a cut-off (截至11月底), a deadline
 * (到2025年), a point of comparison (比2013年), a period start or statistic period (2020年以来,
 * 2020年度), a plan (2015年,市科技局将…). Word lists come from the {@link Rules} it is built with; all checks look at a
 * bounded number of characters.
 */
final class Cues {

    /** How far after a date a future marker still counts. */
    private static final int FUTURE_REACH = 12;
    /** How far back goal words and title brackets are looked for. */
    private static final int LOOK_BACK = 40;
    /** How far before a date a plan word makes it look ahead (将于, 计划于). */
    private static final int FORWARD_BACK = 4;
    /** How far after a date a plan word makes it look ahead (28日将召开). */
    private static final int FORWARD_AFTER = 2;
    /** How far a sentence is read for a future marker. */
    private static final int SENTENCE_REACH = 120;

    private final Rules rules;

    Cues(Rules rules) {
        this.rules = rules;
    }

    boolean cutoff(String text, Expr e) {
        return Rules.wordBefore(text, skipSpaceBack(text, e.start()), rules.cutoffWords) != null;
    }

    boolean deadline(String text, Expr e) {
        int at = skipSpaceBack(text, e.start());
        return Rules.wordBefore(text, at, rules.deadlineWords) != null
                && Rules.wordBefore(text, at, rules.cutoffWords) == null;
    }

    boolean comparison(String text, Expr e) {
        return Rules.wordBefore(text, skipSpaceBack(text, e.start()), rules.comparisonWords) != null;
    }

    /** 2020年以来, 年底前, 2020年度, 去年同期. */
    boolean notEventAfter(String text, Expr e) {
        String w = Rules.wordAt(text, e.end(), rules.notEventAfter);
        if (w == null) {
            return false;
        }
        int next = e.end() + w.length();
        char after = next < text.length() ? text.charAt(next) : ' ';
        if (w.equals("前") && (after == '往' || after == '来')) {
            return false; // 10月27日前往北京: to go, not before
        }
        int day = e instanceof Expr.Calendar c ? c.day() : e instanceof Expr.Day d ? d.day()
                : e instanceof Expr.LunarDay l ? l.day() : e instanceof Expr.FromReference r ? r.weekday() : 0;
        return !(w.equals("来") && day != 0); // 10月27日来汉考察: to come, not since
    }

    /** Whether a plan or forecast word stands anywhere later in the date's sentence (2025年是…之年,我局将…). */
    boolean futureInSentence(String text, Expr e) {
        int end = Math.min(text.length(), e.end() + SENTENCE_REACH);
        for (int i = e.end(); i < end && !isSentenceStop(text.charAt(i)); i++) {
            if (Rules.wordAt(text, i, rules.futureMarkers) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the date looks ahead: a plan word just before it (将于28日) or just after it (28日将召开). */
    boolean forward(String text, Expr e) {
        int end = Math.min(text.length(), e.end() + FORWARD_AFTER);
        for (int i = Math.max(0, e.start() - FORWARD_BACK); i < end; i++) {
            if (i == e.start()) {
                i = e.end();
            }
            if (i < end && Rules.wordAt(text, i, rules.futureMarkers) != null) {
                return true;
            }
        }
        return false;
    }

    /** 每年9月举办: a recurring date. */
    boolean recurring(String text, Expr e) {
        return Rules.wordBefore(text, skipSpaceBack(text, e.start()), rules.recurringWords) != null;
    }

    /** 自2015年启动创建工作以来: the start of a period, with 以来 later in the clause. */
    boolean since(String text, Expr e) {
        if (Rules.wordBefore(text, skipSpaceBack(text, e.start()), rules.sinceWords) == null) {
            return false;
        }
        int end = Math.min(text.length() - 1, e.end() + LOOK_BACK);
        for (int i = e.end(); i < end && !isClauseStop(text.charAt(i)); i++) {
            if (text.charAt(i) == '以' && text.charAt(i + 1) == '来') {
                return true;
            }
        }
        return false;
    }

    /** Whether a goal word (力争, 目标 …) stands earlier in the date's clause: 力争2025年建成. */
    boolean goal(String text, Expr e) {
        for (int i = e.start() - 1, n = 0; i >= 0 && n < LOOK_BACK; i--, n++) {
            if (isClauseStop(text.charAt(i)) && text.charAt(i) != '、') {
                return false;
            }
            if (Rules.wordAt(text, i, rules.goalWords) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the date stands inside a title in 《》 (《2021年工作要点》印发): part of a name. */
    static boolean insideTitle(String text, Expr e) {
        for (int i = e.start() - 1, n = 0; i >= 0 && n < LOOK_BACK; i--, n++) {
            char c = text.charAt(i);
            if (c == '》' || isSentenceStop(c)) {
                return false;
            }
            if (c == '《') {
                return true;
            }
        }
        return false;
    }

    /** Whether a plan or forecast word follows the date in its clause (2015年,市科技局将…). */
    boolean future(String text, Expr e) {
        int end = Math.min(text.length(), e.end() + FUTURE_REACH);
        for (int i = e.end(); i < end; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == ';' || c == '；' || c == '\n' || c == '!' || c == '?') {
                return false;
            }
            if (Rules.wordAt(text, i, rules.futureMarkers) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a date is a page timestamp rather than content: written with a clock time, or in
     * digits and dashes or slashes (2022-1-14 17:50, 2024/05/23); a time in words (12时55分) is content.
     */
    static boolean timestamp(String text, Expr e, io.github.policyreport.model.PartialDate d) {
        for (int i = e.start(); i < e.end(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return true;
            }
            if (c == '-' || c == '/') {
                return e instanceof Expr.Calendar cal && cal.yearSource() == Expr.YearSource.EXPLICIT && !cal.isRange()
                        || e instanceof Expr.Era era && era.yearSource() == Expr.YearSource.EXPLICIT;
            }
        }
        // 2015年01月10日 15:38 has its clock; a time in words (12时55分) tells when something happened
        return d.time() != null && text.substring(e.start(), e.end()).indexOf('分') < 0;
    }

    /** Whether {@code at} starts a clause: only spaces, bullets or quotes since the last clause stop. */
    static boolean clauseInitial(String text, int at) {
        int i = at - 1;
        for (int n = 0; i >= 0 && n < 8; i--, n++) {
            char c = text.charAt(i);
            if (isClauseStop(c) || c == ':' || c == '：') {
                return true;
            }
            if (!Character.isWhitespace(c) && "■●*·•◆▲-—“\"「(（".indexOf(c) < 0) {
                return false;
            }
        }
        return i < 0;
    }

    static boolean isClauseStop(char c) {
        return c == ',' || c == '，' || c == '。' || c == ';' || c == '；' || c == '\n' || c == '!' || c == '?'
                || c == '、' || c == '！' || c == '？';
    }

    static boolean isSentenceStop(char c) {
        return c == '。' || c == ';' || c == '；' || c == '\n' || c == '!' || c == '?' || c == '！' || c == '？';
    }

    private static int skipSpaceBack(String text, int at) {
        int i = at;
        while (i > 0 && i > at - 3 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i;
    }
}
