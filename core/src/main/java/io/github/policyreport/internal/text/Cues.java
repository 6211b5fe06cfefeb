package io.github.policyreport.internal.text;

import io.github.policyreport.internal.Lazy;
import io.github.policyreport.internal.Matchers;
import io.github.policyreport.internal.RuleFile;
import io.github.policyreport.internal.WordTrie;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Generic boilerplate cues: {@code KIND<TAB>regex} lines in both scripts, the shipped set
 * ({@code boilerplate.txt}) {@linkplain #defaults() loaded once, on first use}. A cue only applies
 * to a line of at most {@link #MAX_LINE} characters, so a body paragraph that happens to mention
 * 打印 or a phone number is never thrown away; spam needs two hits in one line. Immutable.
 */
final class Cues {

    /** What a boilerplate line is. */
    enum Kind {
        // in order of precedence when a line matches several
        SUMMARY, EDITOR, COMMENTS, WIDGET, RELATED, COPYRIGHT, BREADCRUMB, IMAGE, PLACEHOLDER, SPAM, CONTACT, TOOLBAR;

        /** Whether meeting this kind after the body ends it. */
        boolean endsBody() {
            return this == RELATED || this == COMMENTS || this == WIDGET || this == COPYRIGHT || this == EDITOR;
        }
    }

    static final int MAX_LINE = 150;
    /**
     * Per kind, the alternatives anchored at the line start (matched with lookingAt) and the rest
     * (searched with find): java.util.regex would otherwise retry anchored alternatives at every
     * position of the line.
     */
    private record Compiled(Kind kind, Anchored anchored, Floating[] floating) {
    }

    /**
     * The anchored alternatives of a kind: those with a literal prefix by its first character (so
     * a line is tried only against the few that can start it), the others in a list.
     */
    private record Anchored(char[] firsts, Floating[][] byFirst, Floating[] others) {

        static Anchored of(List<Floating> alternatives) {
            TreeMap<Character, List<Floating>> first = new TreeMap<>();
            List<Floating> others = new ArrayList<>();
            for (Floating a : alternatives) {
                if (a.prefix()) {
                    first.computeIfAbsent(a.literal().charAt(0), c -> new ArrayList<>()).add(a);
                } else {
                    others.add(a);
                }
            }
            char[] firsts = new char[first.size()];
            Floating[][] byFirst = new Floating[first.size()][];
            int k = 0;
            for (var e : first.entrySet()) {
                firsts[k] = e.getKey();
                byFirst[k++] = e.getValue().toArray(Floating[]::new);
            }
            return new Anchored(firsts, byFirst, others.toArray(Floating[]::new));
        }

        /** Whether an alternative matches at the start of the line. */
        boolean matches(String line, Cues.Matching m) {
            int k = line.isEmpty() ? -1 : Arrays.binarySearch(firsts, line.charAt(0));
            if (k >= 0) {
                for (Floating a : byFirst[k]) {
                    if (m.admits(a, line) && m.matcher(a, line).lookingAt()) {
                        return true;
                    }
                }
            }
            for (Floating a : others) {
                if (m.admits(a, line) && m.matcher(a, line).lookingAt()) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * An alternative with the literals one of which it must contain (its literal prefix, else a
     * literal character of its top level, else the words of a top-level word group; null when
     * none), checked before the regex runs: an anchored alternative's prefix must start the line,
     * any other literal occur in it. Most lines fail that check, so few regexes run (a bounded
     * repeat such as {@code ^\S{0,12}\s*首页} is costly to try, and resetting a matcher is not free).
     * {@code bucket} is the list of the {@linkplain Cues#literals literal trie} that holds its
     * literals, or -1 when it has none: a line in which the trie found no word of that list cannot
     * hold a match, so {@link #admits} is asked only of the few alternatives whose list was found.
     */
    private record Floating(int id, String[] literals, boolean prefix, Pattern pattern, int bucket) {

        /** Whether the line can hold a match, by the literals alone. */
        boolean admits(String line) {
            if (literals == null) {
                return true;
            }
            if (prefix) {
                return line.startsWith(literals[0]);
            }
            for (String l : literals) {
                if (line.contains(l)) {
                    return true;
                }
            }
            return false;
        }

        String literal() {
            return literals[0];
        }
    }

    private static final Lazy<Cues> DEFAULTS = Lazy.of(() -> of(RuleFile.read(Cues.class, "boilerplate.txt")));

    /** The kinds that have cues, in order of precedence. */
    private final Compiled[] cues;
    /** How many patterns there are: a {@link Matching} keeps one matcher for each. */
    private final int patterns;
    /** Literal spam words, counted with indexOf (an alternation of literals is slow in java.util.regex). */
    private final List<String> spamWords;
    /**
     * The literals of every alternative and the spam words, in at most 32 lists ({@link Buckets}):
     * one walk per offset of a line tells which lists occur in it, and so which alternatives can match.
     */
    private final WordTrie literals;
    /** The list of the spam words, or -1 when there are none. */
    private final int spamBucket;

    private Cues(Compiled[] cues, int patterns, List<String> spamWords, Buckets buckets) {
        this.cues = cues;
        this.patterns = patterns;
        this.spamWords = List.copyOf(spamWords);
        this.spamBucket = spamWords.isEmpty() ? -1 : buckets.of(spamWords.toArray(String[]::new));
        this.literals = WordTrie.of(buckets.lists, false);
    }

    /** The shipped {@code boilerplate.txt}, loaded once and shared. */
    static Cues defaults() {
        return DEFAULTS.get();
    }

    /**
     * The cues of {@code lines}, in the format of {@code boilerplate.txt}.
     *
     * @throws io.github.policyreport.internal.RuleException for a bad line, naming file:line
     */
    static Cues of(List<RuleFile.Line> lines) {
        List<String> spam = new ArrayList<>();
        int[] patterns = new int[1];
        Buckets buckets = new Buckets();
        Compiled[] compiled = load(lines, spam, patterns, buckets);
        return new Cues(compiled, patterns[0], spam, buckets);
    }

    /**
     * The lists of the literal trie: alternatives with the same literals share a list, and past 32
     * distinct sets a new set joins a list already made (round robin), so a list stands for a few
     * alternatives whose own literal check then decides.
     */
    private static final class Buckets {
        final List<Set<String>> lists = new ArrayList<>();
        private final Map<List<String>, Integer> bySet = new HashMap<>();

        /** The list of {@code words}, or -1 when there are none (or an empty one, which every line holds). */
        int of(String[] words) {
            if (words == null || words.length == 0 || Arrays.asList(words).contains("")) {
                return -1;
            }
            List<String> key = List.of(words);
            Integer known = bySet.get(key);
            if (known != null) {
                return known;
            }
            int k = bySet.size() % Integer.SIZE;
            if (k == lists.size()) {
                lists.add(new HashSet<>());
            }
            lists.get(k).addAll(key);
            bySet.put(key, k);
            return k;
        }
    }

    /** The kind of boilerplate a normalized line is, or null. */
    Kind match(String line) {
        return matching().match(line);
    }

    /** A matcher of lines for one page (one thread). */
    Matching matching() {
        return new Matching();
    }

    /**
     * Matches lines one after another, reusing one {@link Matcher} per pattern (reset to each
     * line) instead of making new ones per line: a page's lines then cost no matcher allocation.
     * For one thread; make one per page.
     */
    final class Matching {

        private final Matchers matchers = new Matchers(patterns);
        /** The lists of {@link #literals} with a word anywhere in the current line, and at its start. */
        private int anywhere;
        private int atStart;

        private Matching() {
        }

        Matcher matcher(Floating f, String line) {
            return matchers.of(f.id(), f.pattern(), line);
        }

        /** Whether the current line can hold a match of {@code f}, by its literals. */
        boolean admits(Floating f, String line) {
            return f.bucket() < 0 || ((f.prefix() ? atStart : anywhere) & 1 << f.bucket()) != 0 && f.admits(line);
        }

        /** Finds which lists of {@link #literals} have a word in {@code line}: one trie walk per offset. */
        private void scan(String line) {
            anywhere = 0;
            atStart = 0;
            int n = line.length();
            for (int i = 0; i < n; i++) {
                int found = literals.kindsAt(line, i, n);
                anywhere |= found;
                atStart |= i == 0 ? found : 0;
            }
        }

        /** The kind of boilerplate a normalized line is, or null. */
        Kind match(String line) {
            if (line.length() > MAX_LINE) {
                return null;
            }
            scan(line);
            for (Compiled c : cues) {
                Kind k = c.kind();
                if ((k == Kind.CONTACT || k == Kind.COPYRIGHT) && line.length() > 100) {
                    continue;
                }
                int hits = k == Kind.SPAM && spamBucket >= 0 && (anywhere & 1 << spamBucket) != 0 ? spamWords(line) : 0;
                if (c.anchored().matches(line, this)) {
                    hits++;
                }
                if (hits >= 2 || (hits == 1 && k != Kind.SPAM)) {
                    return k;
                }
                for (Floating f : c.floating()) {
                    if (!admits(f, line)) {
                        continue;
                    }
                    Matcher m = matcher(f, line);
                    while (m.find()) {
                        hits++;
                        if (k != Kind.SPAM || hits >= 2) {
                            return k;
                        }
                    }
                }
            }
            return null;
        }
    }

    private int spamWords(String line) {
        int hits = 0;
        for (String w : spamWords) {
            for (int i = line.indexOf(w); i >= 0 && hits < 2; i = line.indexOf(w, i + w.length())) {
                hits++;
            }
        }
        return hits;
    }

    private static Compiled[] load(List<RuleFile.Line> lines, List<String> spamWords, int[] patterns, Buckets buckets) {
        Map<Kind, List<Floating>> anchored = new EnumMap<>(Kind.class);
        Map<Kind, List<Floating>> floating = new EnumMap<>(Kind.class);
        for (RuleFile.Line l : lines) {
            int tab = l.text().indexOf('\t');
            if (tab <= 0) {
                throw l.error("expected KIND<TAB>regex");
            }
            Kind kind = l.kind(Kind.class, l.text().substring(0, tab).strip());
            String regex = l.text().substring(tab + 1).strip();
            if (kind == Kind.SPAM && regex.chars().noneMatch(ch -> "\\[](){}.*+?^$".indexOf(ch) >= 0)) {
                for (String w : regex.split("\\|")) {
                    if (!w.isBlank()) {
                        spamWords.add(w.strip());
                    }
                }
                continue;
            }
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw l.error("bad pattern (" + e.getDescription() + ")");
            }
            for (String alt : CueLiterals.alternatives(regex)) {
                boolean atStart = alt.startsWith("^");
                for (String one : CueLiterals.expandLeadingWords(atStart ? alt.substring(1) : alt)) {
                    String literal = CueLiterals.literalPrefix(one);
                    List<String> required = literal != null ? List.of(literal) : CueLiterals.requiredWords(one);
                    String[] words = required == null ? null : required.toArray(String[]::new);
                    (atStart ? anchored : floating).computeIfAbsent(kind, k -> new ArrayList<>())
                            .add(new Floating(patterns[0]++, words, atStart && literal != null, Pattern.compile(one),
                                    buckets.of(words)));
                }
            }
        }
        List<Compiled> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            List<Floating> a = anchored.get(k);
            List<Floating> f = floating.get(k);
            if (a != null || f != null || k == Kind.SPAM) {
                out.add(new Compiled(k, Anchored.of(a == null ? List.of() : a),
                        f == null ? new Floating[0] : f.toArray(Floating[]::new)));
            }
        }
        return out.toArray(Compiled[]::new);
    }
}
