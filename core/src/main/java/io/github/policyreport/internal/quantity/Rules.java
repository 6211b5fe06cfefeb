package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.Lazy;
import io.github.policyreport.internal.RuleFile;
import io.github.policyreport.internal.RuleFile.Row;
import io.github.policyreport.internal.RuleFiles;
import io.github.policyreport.internal.WordTrie;
import io.github.policyreport.model.Qualifier;
import io.github.policyreport.model.Unit;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the quantity engine: {@code units.tsv}, {@code currencies.tsv},
 * {@code qualifiers.tsv} and {@code context.tsv}. The {@linkplain #defaults() default set} is
 * loaded once, on first use; a bad line fails with a {@link io.github.policyreport.internal.RuleException}
 * naming file:line. Immutable.
 */
final class Rules {

    /**
     * One unit word.
     *
     * @param word   the word as matched (Simplified, half-width)
     * @param factor multiplier to the canonical unit
     * @param code   canonical code or classifier
     * @param kind   what it measures: the model's kind; {@code NONE} for a word that makes the number
     *               no quantity (kind NOT in {@code units.tsv}: names, 号线)
     * @param time   whether it is a date or duration word (kind TIME in {@code units.tsv}: 年, 个月), never
     *               a quantity except years as a measure; its kind is then COUNT
     * @param arabic whether it counts only after Arabic digits or a 万/亿 scale (方 in 三方 is no volume)
     */
    record UnitWord(String word, BigDecimal factor, String code, Unit.Kind kind, boolean time, boolean arabic) {

        /** Whether the word makes the number no quantity. */
        boolean not() {
            return kind == Unit.Kind.NONE;
        }
    }

    /** How a currency word is written relative to its number; see {@code currencies.tsv}. */
    enum Role { AFTER, BOTH, BEFORE, SUB, SPOKEN }

    /**
     * One currency word.
     *
     * @param word   the word (normalized)
     * @param code   the ISO 4217 code
     * @param factor its value in the main unit (0.01 for 分)
     * @param role   where it is written
     */
    record Currency(String word, String code, BigDecimal factor, Role role) {
    }

    /** Where a qualifier word stands: before or after the number. */
    enum Position { PRE, POST }

    /** The kinds of {@code context.tsv}; see its header. */
    enum Context { RANK, MONEY, WORD, BEFORE, ENUMERATION, NOTPRE, TENTHS, NOTDISCOUNT, RANKSCOPE, SESSION, YEARMEASURE,
        PEOPLE, MODIFIER, RATIO, SIGN, NOTSIGN, INFER }

    /** The shipped rule files of the number grammar. */
    static final RuleFiles SHIPPED = RuleFiles.shipped(Rules.class,
            List.of("units.tsv", "currencies.tsv", "qualifiers.tsv", "context.tsv"));

    private static final Lazy<Rules> DEFAULTS = Lazy.of(() -> load(SHIPPED));

    /** The rule files shipped beside this class, loaded once and shared. */
    static Rules defaults() {
        return DEFAULTS.get();
    }

    /**
     * The rules read from {@code source}.
     *
     * @throws io.github.policyreport.internal.RuleException for a bad line, naming file:line
     */
    static Rules load(RuleFiles source) {
        return new Rules(rows(source, "units.tsv", 4, 5), rows(source, "currencies.tsv", 4, 4),
                rows(source, "qualifiers.tsv", 3, 3), rows(source, "context.tsv", 2, 3));
    }

    private static List<Row> rows(RuleFiles source, String name, int min, int max) {
        return RuleFile.rows(source.lines(name), RuleFile.TABS, min, max);
    }

    /** The tab-separated rows of resource {@code name} beside this class, each of {@code min..max} columns. */
    static List<Row> read(String name, int min, int max) {
        return RuleFile.rows(RuleFile.read(Rules.class, name), RuleFile.TABS, min, max);
    }

    private final Map<String, UnitWord> units = new HashMap<>();
    /** The unit words, indexing {@link #unitWords}: a lookup walks characters and builds no string. */
    private final WordTrie unitTrie;
    private final List<UnitWord> unitWords;
    private final Map<String, Qualifier> pre = new HashMap<>();
    private final Map<String, Qualifier> post = new HashMap<>();
    /** The PRE words read backwards and the POST words: a lookup walks, and builds a string only for a hit. */
    private final WordTrie preTrie;
    private final WordTrie postTrie;
    private final Set<String> rank = new HashSet<>();
    private final Set<String> money = new HashSet<>();
    private final Set<String> words = new HashSet<>();
    private final Set<String> before = new HashSet<>();
    private final Set<String> enumeration = new HashSet<>();
    private final Map<String, String> infer = new HashMap<>();
    private int longestInfer;
    /** Per qualifier written before a number, the words ending in it that are none (签约 for 约). */
    private final Map<String, List<String>> notPre = new HashMap<>();
    private final Set<String> tenths = new HashSet<>();
    private final Set<String> notDiscount = new HashSet<>();
    private final Set<String> rankScope = new HashSet<>();
    private final Set<String> session = new HashSet<>();
    private final Set<String> yearMeasure = new HashSet<>();
    private final Set<String> people = new HashSet<>();
    /** Words that may stand between a bare figure and its people noun (120万困难群众). */
    private final Set<String> modifier = new HashSet<>();
    /** Subject endings that make a bare figure a multiple (城乡居民收入比2.15). */
    private final Set<String> ratio = new HashSet<>();
    private final Set<String> sign = new HashSet<>();
    private final Set<String> notSign = new HashSet<>();
    /** Each context set as a trie and a reversed trie, so a lookup walks instead of probing substrings. */
    private final Map<Set<String>, WordTrie[]> setTries = new java.util.IdentityHashMap<>();
    private final Map<String, Currency> currencyBefore = new HashMap<>();
    private final Map<String, Currency> currencyOther = new HashMap<>();
    private final Map<String, Currency> currencyPart = new HashMap<>();
    /** Longest currency word written before a number, by its last character. */
    private final WordTrie currencyBeforeTrie;
    /** The sub-units and spoken units, indexing {@link #currencyParts}. */
    private final WordTrie currencyPartTrie;
    private final List<Currency> currencyParts;

    private Rules(List<Row> unitRows, List<Row> currencyRows, List<Row> qualifierRows, List<Row> contextRows) {
        for (Row l : unitRows) {
            boolean time = l.col(3).equals("TIME");
            Unit.Kind kind = time ? Unit.Kind.COUNT : l.col(3).equals("NOT") ? Unit.Kind.NONE : l.line().kind(Unit.Kind.class, l.col(3));
            if (!time && !l.col(3).equals("NOT") && (kind == Unit.Kind.NONE || kind == Unit.Kind.RANK)) {
                throw l.error("a unit word's kind is a measure, TIME or NOT, not " + l.col(3));
            }
            BigDecimal factor = number(l, l.col(1));
            if (l.cols().size() == 5 && !l.col(4).equals("ARABIC")) {
                throw l.error("the fifth column can only be ARABIC");
            }
            if (units.put(l.col(0), new UnitWord(l.col(0), factor, l.col(2), kind, time, l.cols().size() == 5)) != null) {
                throw l.error("duplicate unit " + l.col(0));
            }
        }
        for (Row l : currencyRows) {
            Currency cur = new Currency(l.col(0), l.col(1), number(l, l.col(2)), l.line().kind(Role.class, l.col(3)));
            if (!cur.code().matches("[A-Z]{3}")) {
                throw l.error("not an ISO 4217 code: " + cur.code());
            }
            Map<String, Currency> into = cur.role() == Role.BEFORE ? currencyBefore : currencyOther;
            Currency prev = into.put(cur.word(), cur);
            if (prev != null && !prev.equals(cur)) {
                throw l.error("conflicting currency " + l.col(0));
            }
            if (cur.role() == Role.BOTH) {
                currencyBefore.put(cur.word(), cur);
            }
            if (cur.role() == Role.AFTER || cur.role() == Role.BOTH) {
                UnitWord u = new UnitWord(cur.word(), cur.factor(), cur.code(), Unit.Kind.MONEY, false, false);
                UnitWord had = units.put(cur.word(), u);
                if (had != null && !had.equals(u)) {
                    throw l.error("currency word is also a unit: " + l.col(0));
                }
            }
        }
        unitWords = List.copyOf(units.values());
        unitTrie = WordTrie.indexed(unitWords.stream().map(UnitWord::word).toList());
        currencyBeforeTrie = WordTrie.reversed(currencyBefore.keySet());
        for (Currency cur : currencyOther.values()) {
            if (cur.role() == Role.SUB || cur.role() == Role.SPOKEN) {
                currencyPart.put(cur.word(), cur);
            }
        }
        currencyParts = List.copyOf(currencyPart.values());
        currencyPartTrie = WordTrie.indexed(currencyParts.stream().map(Currency::word).toList());
        for (Row l : qualifierRows) {
            Qualifier q = l.line().kind(Qualifier.class, l.col(2));
            switch (l.line().kind(Position.class, l.col(0))) {
                case PRE -> pre.put(l.col(1), q);
                case POST -> post.put(l.col(1), q);
            }
        }
        preTrie = WordTrie.reversed(pre.keySet());
        postTrie = WordTrie.of(post.keySet());
        for (Row l : contextRows) {
            String w = l.col(1);
            switch (l.line().kind(Context.class, l.col(0))) {
                case RANK -> rank.add(w);
                case MONEY -> money.add(w);
                case WORD -> words.add(w);
                case BEFORE -> before.add(w);
                case ENUMERATION -> enumeration.add(w);
                case NOTPRE -> notPre.put(w, exceptions(l, w));
                case TENTHS -> tenths.add(w);
                case NOTDISCOUNT -> notDiscount.add(w);
                case RANKSCOPE -> rankScope.add(w);
                case SESSION -> session.add(w);
                case YEARMEASURE -> yearMeasure.add(w);
                case PEOPLE -> {
                    people.add(w);
                    infer.put(w, "人");
                    longestInfer = Math.max(longestInfer, w.length());
                }
                case MODIFIER -> modifier.add(w);
                case RATIO -> ratio.add(w);
                case SIGN -> sign.add(w);
                case NOTSIGN -> notSign.add(w);
                case INFER -> {
                    if (l.cols().size() != 3) {
                        throw l.error("infer needs a classifier");
                    }
                    infer.put(w, l.col(2));
                    longestInfer = Math.max(longestInfer, w.length());
                }
            }
        }
        for (Set<String> set : List.of(rank, money, words, before, enumeration, rankScope, session, yearMeasure, people, modifier, ratio, sign, notSign)) {
            setTries.put(set, new WordTrie[] {WordTrie.of(set), WordTrie.reversed(set)});
        }
    }

    /** The words of a {@code notpre} line: each ends in {@code qualifier}, a listed one, and is longer. */
    private List<String> exceptions(Row l, String qualifier) {
        if (!pre.containsKey(qualifier) || l.cols().size() != 3) {
            throw l.error("notpre needs a qualifier of qualifiers.tsv (PRE) and its words: " + qualifier);
        }
        List<String> out = List.of(l.col(2).split("\\|"));
        for (String w : out) {
            if (!w.endsWith(qualifier) || w.equals(qualifier)) {
                throw l.error("an exception must end in its qualifier and be longer: " + w);
            }
        }
        return out;
    }

    private static BigDecimal number(Row l, String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw l.error("not a number: " + value);
        }
    }

    /** The longest unit word starting at {@code pos} of {@code t}, or null. */
    UnitWord unitAt(String t, int pos) {
        return longestAt(unitWords, unitTrie, t, pos);
    }

    /** The value of the longest word of {@code trie} starting at {@code pos}, or null. */
    private static <V> V longestAt(List<V> values, WordTrie trie, String t, int pos) {
        int k = trie.indexAt(t, pos, t.length());
        return k < 0 ? null : values.get(k);
    }

    /** The longest currency written before a number (人民币, 港币, US$, ￥) ending at {@code end}, or null. */
    Currency currencyBefore(String t, int end) {
        int n = end > 0 && end <= t.length() ? currencyBeforeTrie.longestEndingAt(t, 0, end) : 0;
        return n == 0 ? null : currencyBefore.get(t.substring(end - n, end));
    }

    /** The longest sub-unit (角, 分, 美分) or spoken unit (块) starting at {@code pos}, or null. */
    Currency currencyPartAt(String t, int pos) {
        return longestAt(currencyParts, currencyPartTrie, t, pos);
    }

    /** Whether the character after N折 makes 折 part of a word (折合, 折旧) rather than a discount. */
    boolean discountBlocked(char next) {
        return notDiscount.contains(String.valueOf(next));
    }

    /** Whether a word that makes 年 a measure (受教育年限, 使用寿命) occurs in {@code [from, to)}. */
    boolean yearMeasureBefore(String t, int from, int to) {
        return anyIn(yearMeasure, t, from, to);
    }

    /** Whether the body a Chinese-written N届 names starts at {@code pos} (十四届全国人大, 二十届历次全会). */
    boolean sessionAt(String t, int pos) {
        return startsWithAny(session, t, pos);
    }

    /** Whether a scope word that a bare 第N ranks within (全国, 全省, 中西部) ends at {@code end}. */
    boolean rankScopeEndsAt(String t, int end) {
        return endsWithAny(rankScope, t, end);
    }

    /** The longest PRE qualifier word ending at {@code end}, or null. */
    String preAt(String t, int end) {
        int n = end > 0 && end <= t.length() ? preTrie.longestEndingAt(t, 0, end) : 0;
        return n == 0 ? null : t.substring(end - n, end);
    }

    Qualifier pre(String word) {
        return pre.get(word);
    }

    /** The longest POST qualifier word of at most three characters starting at {@code pos}, or null. */
    String postAt(String t, int pos) {
        int n = pos >= 0 ? postTrie.longestAt(t, pos, Math.min(t.length(), pos + 3)) : 0;
        return n == 0 ? null : t.substring(pos, pos + n);
    }

    Qualifier post(String word) {
        return post.get(word);
    }

    /** Whether one of the words of {@code set} ends at {@code end}. */
    private boolean endsWithAny(Set<String> set, String t, int end) {
        return setTries.get(set)[1].longestEndingAt(t, 0, end) > 0;
    }

    /** Whether one of the words of {@code set} starts at {@code pos}. */
    private boolean startsWithAny(Set<String> set, String t, int pos) {
        return setTries.get(set)[0].longestAt(t, pos, t.length()) > 0;
    }

    boolean rankVerbEndsAt(String t, int end) {
        return endsWithAny(rank, t, end);
    }

    /** Whether a money word occurs in {@code [from, to)}. */
    boolean moneyIn(String t, int from, int to) {
        return anyIn(money, t, from, to);
    }

    /** Whether a word of {@code set} starts anywhere in {@code [from, to)}. */
    private boolean anyIn(Set<String> set, String t, int from, int to) {
        return setTries.get(set)[0].find(t, Math.max(0, from), Math.min(to, t.length()), t.length()) >= 0;
    }

    boolean lexicalWordAt(String t, int pos) {
        return startsWithAny(words, t, pos);
    }

    boolean identifierBefore(String t, int end) {
        return endsWithAny(before, t, end);
    }

    boolean enumerationAt(String t, int pos) {
        return startsWithAny(enumeration, t, pos);
    }

    /** Whether a bare figure with this subject is a ratio, a multiple (城乡居民收入比 → 2.15 x). */
    boolean ratioSubject(String subject) {
        return setTries.get(ratio)[1].longestEndingAt(subject, 0, subject.length()) > 0;
    }

    /** The classifier a bare figure counts when its subject ends with an inference word, or null. */
    String inferredClassifier(String subject) {
        for (int s = 0; s < subject.length(); s++) {
            String c = infer.get(subject.substring(s));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * The classifier that a head noun of the {@code infer} list, ending at {@code end} (maybe followed by
     * 达, 达到, 共, 计, 为 or 有), gives the bare number after it (参会代表7000多 → 人), or null.
     */
    String countedBefore(String t, int from, int end) {
        int e = end;
        if (e - 2 >= from && t.startsWith("达到", e - 2)) {
            e -= 2;
        } else if (e > from && "达共计为有".indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        for (int s = Math.max(from, e - longestInfer); s < e; s++) {
            String c = infer.get(t.substring(s, e));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The longest people noun starting at {@code pos} (3400万人口, 2万农民), or null. */
    String peopleAt(String t, int pos) {
        int n = setTries.get(people)[0].longestAt(t, pos, t.length());
        return n == 0 ? null : t.substring(pos, pos + n);
    }

    /**
     * Whether a people noun follows {@code pos} behind one or two modifier words (120万困难群众,
     * 3万返乡务工人员), so the bare figure ending at {@code pos} counts people.
     */
    boolean peopleBehindModifiers(String t, int pos) {
        int p = afterModifiers(t, pos);
        return p > pos && setTries.get(people)[0].longestAt(t, p, t.length()) > 0;
    }

    /**
     * The end of the people phrase that starts at {@code pos}: up to two modifier words and a people
     * noun (困难群众, 偏远农村居民, 农民), or {@code pos} when none starts there.
     */
    int peoplePhraseEnd(String t, int pos) {
        int p = afterModifiers(t, pos);
        int n = setTries.get(people)[0].longestAt(t, p, t.length());
        return n == 0 ? pos : p + n;
    }

    private int afterModifiers(String t, int pos) {
        int p = pos;
        for (int k = 0; k < 2; k++) {
            int m = setTries.get(modifier)[0].longestAt(t, p, t.length());
            if (m == 0) {
                break;
            }
            p += m;
        }
        return p;
    }

    /** The length of the longest minus-sign word ending at {@code end} (负, 零下, 负增长, -), or 0. */
    int signEndingAt(String t, int end) {
        return setTries.get(sign)[1].longestEndingAt(t, 0, end);
    }

    /** Whether a word that holds a sign character without being a sign ends at {@code end} (担负, 正负). */
    boolean notSignEndsAt(String t, int end) {
        return endsWithAny(notSign, t, end);
    }

    /** Whether {@code qualifier}, ending at {@code end}, is the end of one of its exceptions (约 in 签约). */
    boolean preExcepted(String qualifier, String t, int end) {
        for (String w : notPre.getOrDefault(qualifier, List.of())) {
            if (end >= w.length() && t.startsWith(w, end - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character after N成 makes 成 part of a word rather than tenths. */
    boolean tenthsBlocked(char next) {
        return tenths.contains(String.valueOf(next));
    }
}
