package io.github.policyreport.internal.text;

import io.github.policyreport.internal.Lazy;
import io.github.policyreport.internal.RuleException;
import io.github.policyreport.internal.RuleFile;
import io.github.policyreport.internal.WordTrie;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists of the metadata readers ({@code metadata-words.txt}: one {@code name<TAB>word|word}
 * line per {@link Kind}), and the patterns built from them. The {@linkplain #defaults() default
 * set} is loaded once, on first use. Immutable.
 */
final class MetaWords {

    /** The lists of {@code metadata-words.txt}; see its header. */
    enum Kind { SPEECH_VENUE, SPEAKER_POST, META_LABEL, ISSUER, NOT_OUTLET, CLASS_SOURCE, CLASS_AUTHOR, CLASS_TIME }

    private static final Lazy<MetaWords> DEFAULTS = Lazy.of(() -> of(RuleFile.read(MetaWords.class, "metadata-words.txt")));

    /** A speech or report's delivery line under its title: ——2026年2月3日在…会议上(的讲话). */
    final Pattern speech;
    /**
     * A byline: a title or unit and a name (市长 张三, 本报记者 李四), or a speaker line under a
     * work report's title: a post ending in 长/主席/书记/主任/委员 and a name of up to 8 characters
     * (自治区主席 某某某某, 市人民政府市长 某某).
     */
    final Pattern byline;
    /** The labels of a metadata line, read backwards from a separator ({@link BlockClassifier#hasLabel}). */
    final WordTrie labels;
    /** The endings of an issuing body's name (统计局, 人民政府办公厅), read backwards. */
    final WordTrie issuers;
    /** Outlets that are the page itself in a wire dateline (本报北京3月5日电). */
    final Set<String> notOutlets;
    /** Class and id name tokens of source, author and time elements in markup. */
    final Set<String> classSource;
    final Set<String> classAuthor;
    final Set<String> classTime;

    private MetaWords(Map<Kind, List<String>> lists) {
        speech = Pattern.compile("^(?:—{1,2}|-{1,2}|－{1,2})?\\s*(\\S{6,20}?日)\\s*在[^。]{2,60}?"
                + alternation(lists.get(Kind.SPEECH_VENUE)) + "上");
        byline = Pattern.compile("^\\p{IsHan}{1,10}\\s+\\p{IsHan}{2,3}$"
                + "|^\\p{IsHan}{0,16}" + alternation(lists.get(Kind.SPEAKER_POST)) + "\\s+[\\p{IsHan}·]{2,8}$");
        labels = WordTrie.reversed(lists.get(Kind.META_LABEL));
        issuers = WordTrie.reversed(lists.get(Kind.ISSUER));
        notOutlets = Set.copyOf(lists.get(Kind.NOT_OUTLET));
        classSource = Set.copyOf(lists.get(Kind.CLASS_SOURCE));
        classAuthor = Set.copyOf(lists.get(Kind.CLASS_AUTHOR));
        classTime = Set.copyOf(lists.get(Kind.CLASS_TIME));
    }

    /** The shipped {@code metadata-words.txt}, loaded once and shared. */
    static MetaWords defaults() {
        return DEFAULTS.get();
    }

    /**
     * The word lists of {@code lines}, in the format of {@code metadata-words.txt}: every list once.
     *
     * @throws io.github.policyreport.internal.RuleException for a bad, repeated or missing list
     */
    static MetaWords of(List<RuleFile.Line> lines) {
        Map<Kind, List<String>> lists = new EnumMap<>(Kind.class);
        for (RuleFile.Row r : RuleFile.rows(lines, RuleFile.TABS, 2, 2)) {
            Kind kind = r.line().kind(Kind.class, r.col(0).replace('-', '_'));
            List<String> words = Arrays.stream(r.col(1).split("\\|")).map(String::strip).filter(w -> !w.isEmpty()).toList();
            if (words.isEmpty() || lists.putIfAbsent(kind, words) != null) {
                throw r.error("an empty or repeated list");
            }
        }
        for (Kind k : Kind.values()) {
            if (!lists.containsKey(k)) {
                String file = lines.isEmpty() ? "metadata words" : lines.get(0).file();
                throw new RuleException(file, 0, "no list " + k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
        return new MetaWords(lists);
    }

    /**
     * Whether a line is an issuing body's name alone (某市统计局, 某省人民政府办公厅): 4 to 25 Han
     * characters (brackets allowed) ending in an {@code issuer} ending, nothing else.
     */
    boolean issuerLine(String line) {
        int n = line.length();
        if (n < 4 || n > 25) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (!Normalizer.isHan(c) && c != '(' && c != ')') {
                return false;
            }
        }
        return issuers.longestEndingAt(line, 2, n) > 0;
    }

    /** An alternation of literal words: (?:a|b|c), longest first. */
    static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }
}
