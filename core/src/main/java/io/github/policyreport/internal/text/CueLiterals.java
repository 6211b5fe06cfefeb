package io.github.policyreport.internal.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a boilerplate cue's regular expression must contain, read from its source text: its
 * top-level alternatives, a literal prefix, a required character or word group. {@link Cues} uses these to try a line only against
 * the alternatives that can match it. Conservative: when unsure, each answer is "nothing known".
 */
final class CueLiterals {

    private static final Pattern LEADING_WORDS = Pattern.compile(
            "^\\((?:\\?:)?([^()\\[\\]\\\\.*+?{}^$|]+(?:\\|[^()\\[\\]\\\\.*+?{}^$|]+)+)\\)(?![?*{+])(.*)$");

    /** A group of plain words, (a|b) or (?:a|b). */
    private static final Pattern WORD_GROUP = Pattern.compile("\\((?:\\?:)?([^()\\[\\]\\\\.*+?{}^$|]+(?:\\|[^()\\[\\]\\\\.*+?{}^$|]+)*)\\)");
    /** A group of ASCII words matched without case, (?i:icp|issn). */
    private static final Pattern CASELESS_GROUP = Pattern.compile("\\(\\?i:([A-Za-z0-9]+(?:\\|[A-Za-z0-9]+)*)\\)");
    /** A back reference (\\1, \\k<name>) or a named group, which a group's expansion would break. */
    private static final Pattern GROUP_REFERENCE = Pattern.compile("\\\\[1-9]|\\\\k<|\\(\\?<[a-zA-Z]");
    /** An inline flag group such as (?i) or (?iu), which changes how the rest of a regex matches. */
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]+\\)");

    private CueLiterals() {
    }

    /** The literal text a regular expression must start with, or null. */
    static String literalPrefix(String regex) {
        int i = 0;
        while (i < regex.length() && "\\[](){}.*+?^$|".indexOf(regex.charAt(i)) < 0) {
            i++;
        }
        if (i < regex.length() && "?*{".indexOf(regex.charAt(i)) >= 0) {
            i--; // the last literal character is optional or repeated
        }
        return i <= 0 ? null : regex.substring(0, i);
    }

    /**
     * (电话|热线)\\s*: → 电话\\s*: and 热线\\s*:, so each alternative gets a literal prefix; a leading
     * group of other members too ((评论|已有\\d+人评论)\\s*: → 评论\\s*: and 已有\\d+人评论\\s*:) when every
     * member then has a literal, nothing refers back to the group, and no member sets a flag that
     * would run on past it. Otherwise the regex as it is.
     */
    static List<String> expandLeadingWords(String regex) {
        Matcher m = LEADING_WORDS.matcher(regex);
        if (!m.matches()) {
            return expandLeadingGroup(regex);
        }
        List<String> out = new ArrayList<>();
        for (String w : m.group(1).split("\\|")) {
            out.add(w + m.group(2));
        }
        return out;
    }

    private static List<String> expandLeadingGroup(String regex) {
        int close = regex.startsWith("(") ? closingParen(regex) : -1;
        int open = regex.startsWith("(?:") ? 3 : 1;
        if (close < 0 || (open == 1 && regex.startsWith("(?")) || GROUP_REFERENCE.matcher(regex).find()
                || (close + 1 < regex.length() && "?*{+".indexOf(regex.charAt(close + 1)) >= 0)) {
            return List.of(regex);
        }
        String rest = regex.substring(close + 1);
        List<String> out = new ArrayList<>();
        for (String member : alternatives(regex.substring(open, close))) {
            String one = member + rest;
            if (INLINE_FLAGS.matcher(member).find() || (literalPrefix(one) == null && requiredWords(one) == null)) {
                return List.of(regex);
            }
            out.add(one);
        }
        return out;
    }

    /** The index of the parenthesis closing the group that opens {@code regex}, or -1. */
    private static int closingParen(String regex) {
        int[] depth = depths(regex);
        for (int i = 0; i < regex.length(); i++) {
            if (depth[i] == 1 && regex.charAt(i) == ')') {
                return i;
            }
        }
        return -1;
    }

    /**
     * For each character of a regex, the depth of groups it stands in (0 at the top level), or -1
     * for an escaped character, its backslash and everything of a character class: the one walk
     * that tells which parentheses and bars are structure.
     */
    private static int[] depths(String regex) {
        int[] out = new int[regex.length()];
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                out[i] = -1;
                if (i + 1 < regex.length()) {
                    out[++i] = -1;
                }
            } else if (inClass || c == '[') {
                out[i] = -1;
                inClass = inClass ? c != ']' : true;
            } else {
                out[i] = depth; // before this character: a group's ( stands outside it, its ) inside
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
        }
        return out;
    }

    /** A literal character at the top level of a regex that every match contains, or null. */
    static String requiredChar(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            boolean quantified = i + 1 < regex.length() && "?*{".indexOf(regex.charAt(i + 1)) >= 0;
            if (c == '\\' && i + 1 < regex.length()) {
                char e = regex.charAt(i + 1);
                boolean q = i + 2 < regex.length() && "?*{".indexOf(regex.charAt(i + 2)) >= 0;
                if (depth == 0 && !inClass && !Character.isLetterOrDigit(e) && !q) {
                    return String.valueOf(e);
                }
                if (depth == 0 && !inClass && (Character.isDigit(e) || "kuxcN".indexOf(e) >= 0)) {
                    return null; // \k<name>, \u4E00, \x41, \cM, \0101, \12: what follows is no literal text
                }
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '{') {
                int close = regex.indexOf('}', i);
                i = close < 0 ? regex.length() : close; // a quantifier's bounds are not text
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && "|.^$+?*}".indexOf(c) < 0 && !quantified && c != ']') {
                return String.valueOf(c);
            }
        }
        return null;
    }

    /**
     * Literals one of which every match of a regex contains: a {@linkplain #requiredChar required
     * character}, else the words of the first top-level group of plain words that is not optional
     * or repeated ({@code [【]?(责任编辑|编辑)\s*:} → 责任编辑, 编辑), or of ASCII words matched without case
     * ({@code (?i:icp)\s*\d} → i, I); null when neither, or when an
     * inline flag such as {@code (?i)} could change what the words match.
     */
    static List<String> requiredWords(String regex) {
        if (INLINE_FLAGS.matcher(regex).find()) {
            return null;
        }
        String c = requiredChar(regex);
        if (c != null) {
            return List.of(c);
        }
        int[] depth = depths(regex);
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == '(' && depth[i] == 0) {
                Matcher m = WORD_GROUP.matcher(regex).region(i, regex.length());
                if (m.lookingAt() && (m.end() == regex.length() || "?*{".indexOf(regex.charAt(m.end())) < 0)) {
                    return List.of(m.group(1).split("\\|"));
                }
                m = CASELESS_GROUP.matcher(regex).region(i, regex.length());
                if (m.lookingAt() && (m.end() == regex.length() || "?*{".indexOf(regex.charAt(m.end())) < 0)) {
                    return firstLetters(m.group(1).split("\\|"));
                }
            }
        }
        return null;
    }

    /**
     * The first characters of words matched without case ({@code (?i:…)} folds ASCII only): each
     * letter in both cases, so that {@code (?i:copyright)} needs c or C.
     */
    private static List<String> firstLetters(String[] words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            out.add(w.substring(0, 1).toLowerCase(Locale.ROOT));
            out.add(w.substring(0, 1).toUpperCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }

    /** The top-level alternatives of a regular expression. */
    static List<String> alternatives(String regex) {
        List<String> out = new ArrayList<>();
        int[] depth = depths(regex);
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == '|' && depth[i] == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }
}
