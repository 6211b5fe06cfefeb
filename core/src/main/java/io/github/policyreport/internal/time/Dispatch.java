package io.github.policyreport.internal.time;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces of {@link DateExtractor}'s dispatch: alternatives that name the characters they can
 * start with, the pattern of the alternatives one character may start, and a match of it whose
 * groups it does not name read as null. Immutable.
 */
final class Dispatch {

    private Dispatch() {
    }

    /**
     * One alternative: the characters it can start with, its pattern, and, when it can start with
     * digits, the characters that can follow them ({@code afterDigits}; null: any, or a digit).
     */
    record Alt(String first, String afterDigits, String regex) {
    }

    static Alt alt(String first, String regex) {
        return new Alt(first, null, regex);
    }

    /**
     * An alternative whose leading digits are followed by one of {@code afterDigits} (2022年: 年;
     * 1-4月: -), never by another digit.
     */
    static Alt alt(String first, String afterDigits, String regex) {
        return new Alt(first, afterDigits, regex);
    }

    /** The alternatives that can start with one character, as one pattern, and the groups it names. */
    record Rule(int id, Pattern pattern, Set<String> groups) {

        private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

        static Rule of(int id, List<Alt> alts, BitSet which) {
            StringBuilder regex = new StringBuilder();
            for (int k = which.nextSetBit(0); k >= 0; k = which.nextSetBit(k + 1)) {
                regex.append(regex.length() == 0 ? "" : "|").append(alts.get(k).regex());
            }
            Set<String> groups = new HashSet<>();
            Matcher m = GROUP.matcher(regex);
            while (m.find()) {
                groups.add(m.group(1));
            }
            return new Rule(id, Pattern.compile(regex.toString()), Set.copyOf(groups));
        }
    }

    /**
     * The rule to try at each position: by the character there, or at a run of digits by the
     * character after it. Rules are numbered 0 to {@link #size()}, exclusive.
     */
    static final class Table {

        private final List<Alt> alts;
        /** The rule of the alternatives that can start with this character (other than a digit), or null. */
        private final Rule[] byFirst = new Rule[Character.MAX_VALUE + 1];
        /** The rule of the alternatives whose leading digits this character can follow, or null. */
        private final Rule[] afterDigits = new Rule[Character.MAX_VALUE + 1];
        /** The rule of the alternatives whose digits any character can follow (a run that ends the range), or null. */
        private final Rule digitsAtEnd;
        private final int size;

        Table(List<Alt> alts) {
            // no alternative starts inside a number, so a scan skips a digit after a digit (each region()
            // resets a matcher of hundreds of groups): an alternative that could must not start with a digit
            for (Alt a : alts) {
                if (startsWithDigit(a) && !a.regex().startsWith("(?<![0-9")) {
                    throw new IllegalStateException("an alternative starting with a digit must refuse a digit before it: "
                            + a.regex());
                }
            }
            this.alts = List.copyOf(alts);
            // each character that can start an expression gets the alternatives that can start with
            // it, in their order; at a run of digits, those whose digits the character after the run
            // can follow (2022年 tries the year alternatives, 6.2% and 15家 almost none)
            Map<BitSet, Rule> compiled = new HashMap<>();
            Map<Character, BitSet> first = new HashMap<>();
            Map<Character, BitSet> after = new HashMap<>();
            BitSet anyAfter = new BitSet();
            for (int k = 0; k < alts.size(); k++) {
                Alt a = alts.get(k);
                for (char c : a.first().toCharArray()) {
                    if (!isDigit(c)) {
                        first.computeIfAbsent(c, x -> new BitSet()).set(k);
                    }
                }
                if (startsWithDigit(a) && a.afterDigits() == null) {
                    anyAfter.set(k);
                } else if (startsWithDigit(a)) {
                    for (char c : a.afterDigits().toCharArray()) {
                        after.computeIfAbsent(c, x -> new BitSet()).set(k);
                    }
                }
            }
            first.forEach((c, set) -> byFirst[c] = compiled.computeIfAbsent(set, x -> Rule.of(compiled.size(), alts, x)));
            this.digitsAtEnd = anyAfter.isEmpty() ? null
                    : compiled.computeIfAbsent(anyAfter, x -> Rule.of(compiled.size(), alts, x));
            Arrays.fill(afterDigits, digitsAtEnd);
            after.forEach((c, set) -> {
                set.or(anyAfter);
                afterDigits[c] = compiled.computeIfAbsent(set, x -> Rule.of(compiled.size(), alts, x));
            });
            this.size = compiled.size();
        }

        /** How many rules the table holds. */
        int size() {
            return size;
        }

        /** The alternatives, in their order. */
        List<Alt> alternatives() {
            return alts;
        }

        /** The rule of the alternatives that can start with {@code c}, not a digit; or null. */
        Rule first(char c) {
            return byFirst[c];
        }

        /** The rule to try at the digit {@code text[i]}, within {@code [i, to)}; null inside a number or where none can start. */
        Rule atDigits(String text, int i, int to) {
            if (i > 0 && isDigit(text.charAt(i - 1))) {
                return null; // no alternative starts inside a number
            }
            int j = i + 1;
            while (j < to && isDigit(text.charAt(j))) {
                j++;
            }
            return j < to ? afterDigits[text.charAt(j)] : digitsAtEnd;
        }

        private static boolean startsWithDigit(Alt a) {
            return a.first().chars().anyMatch(ch -> isDigit((char) ch));
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    /** A match of a {@link Rule}: groups the rule does not name read as null. */
    record Hit(Matcher m, Set<String> groups) {

        String group(String name) {
            return groups.contains(name) ? m.group(name) : null;
        }

        String group() {
            return m.group();
        }

        int start() {
            return m.start();
        }

        int end() {
            return m.end();
        }

        int start(String name) {
            return m.start(name);
        }
    }
}
