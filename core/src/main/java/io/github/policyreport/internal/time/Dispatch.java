package io.github.policyreport.internal.time;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
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
