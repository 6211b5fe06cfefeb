package io.github.policyreport.internal.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headlines: cleaning a title carrier ({@code <title>}, og:title, h1, a heading line) down to the
 * headline as shown, and choosing among carriers by agreement. Works on any script; pure functions.
 *
 * <p>Cleaning strips 原标题:, a leading column tag ({@code [人民网]}, {@code 【专题】},
 * {@code 新华全媒+丨}), a trailing column tag in brackets ({@code （推动发展·权威发布）}) and the
 * site/column suffixes of {@code <title>} ({@code 标题_新浪财经_新浪网}, {@code 标题 | 栏目 | 站名},
 * {@code 标题--栏目--人民网}, {@code 标题-中央社}); a subtitle after —— stays. Runs of spaces
 * become one space; a Markdown heading loses its {@code #}.
 */
final class Titles {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern ORIGINAL = Pattern.compile("^\\s*(?:原标题|原題|原题|標題|标题)\\s*[:：]\\s*");
    private static final Pattern LEAD_TAG = Pattern.compile("^\\s*[\\[【〖]\\s*[^\\]】〗]{1,12}\\s*[\\]】〗]\\s*");
    /** A column name and a vertical bar before the headline: 新华全媒+丨, 两会丨, 视频｜. */
    private static final Pattern LEAD_COLUMN = Pattern.compile("^\\s*[^\\s丨｜|]{1,8}?[+＋]?\\s*[丨｜]\\s*");
    private static final Pattern TRAILING_TAG = Pattern.compile(
            "\\s*[(（][^()（）]{1,16}[·・•][^()（）]{1,16}[)）]\\s*$");
    /** Separators of site and column parts in a page title; — and —— are not among them. */
    private static final Pattern PARTS = Pattern.compile("\\s*(?:_+|\\s[|｜-]\\s|\\||｜|-{2,}|\\s–\\s)\\s*");
    /** A short last part after an unspaced hyphen: 标题-中央社, 标题-今日头条. */
    private static final Pattern HYPHEN_SITE = Pattern.compile("-(?!\\d)([^-\\s\\d]{2,10})$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private Titles() {
    }

    /** The headline in a title carrier, or null when nothing is left. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        // each pattern runs only on a title holding a character that every match of it holds
        // (most candidate lines hold none, and a matcher per pattern per line adds up)
        boolean spaced = BlockClassifier.hasAny(raw, " \t\n\u000B\f\r\u00A0\u3000");
        String t = (spaced ? SPACES.matcher(raw).replaceAll(" ") : raw).strip();
        if (t.startsWith("#")) {
            t = MARKDOWN_HEADING.matcher(t).replaceFirst("");
        }
        if (BlockClassifier.hasAny(t, "题題")) {
            t = ORIGINAL.matcher(t).replaceFirst("");
        }
        t = headPart(t);
        if (BlockClassifier.hasAny(t, "[【〖")) {
            t = LEAD_TAG.matcher(t).replaceFirst("");
        }
        Matcher col = BlockClassifier.hasAny(t, "丨｜") ? LEAD_COLUMN.matcher(t) : null;
        if (col != null && col.find() && BlockClassifier.han(t.substring(col.end())) >= 5) {
            t = t.substring(col.end());
        }
        if (BlockClassifier.hasAny(t, ")）")) {
            t = TRAILING_TAG.matcher(t).replaceFirst("");
        }
        t = t.strip();
        int han = BlockClassifier.han(t);
        return han >= 2 || han + letters(t) >= 2 ? t : null; // letters are counted only when it matters
    }

    private static int letters(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            n += Character.isLetter(t.charAt(i)) ? 1 : 0;
        }
        return n / 4;
    }

    /** The headline part of "headline_column_site": the first part, unless another is much longer. */
    private static String headPart(String t) {
        String[] parts = BlockClassifier.hasAny(t, "_|｜-–") ? PARTS.split(t) : new String[] {t};
        String head = parts.length == 0 ? t : parts[0];
        for (int i = 1; i < parts.length; i++) {
            if (BlockClassifier.han(head) < 5 && BlockClassifier.han(parts[i]) > BlockClassifier.han(head) + 4) {
                head = parts[i]; // "site - channel - headline"
            }
        }
        Matcher h = head.indexOf('-') >= 0 ? HYPHEN_SITE.matcher(head) : null;
        if (h != null && h.find() && BlockClassifier.han(head.substring(0, h.start())) >= 8) {
            head = head.substring(0, h.start());
        }
        return head.strip();
    }

    /** The key two carriers agree on: the cleaned headline without spaces, dashes and punctuation. */
    static String key(String cleaned) {
        StringBuilder b = new StringBuilder(cleaned.length());
        String n = Normalizer.normalize(cleaned).text();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A title carrier and how much its word counts. */
    record Candidate(String text, double weight) {
    }

    /**
     * The headline most carriers agree on (their weights summed per {@link #key}); among equals
     * the earliest candidate. Each candidate is cleaned first. Null when none is left.
     */
    static String choose(List<Candidate> candidates) {
        Map<String, double[]> votes = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            String t = clean(c.text());
            if (t == null) {
                continue;
            }
            String k = key(t);
            if (k.length() < 2) {
                continue;
            }
            votes.computeIfAbsent(k, x -> new double[1])[0] += c.weight();
            shown.putIfAbsent(k, t);
        }
        String best = null;
        double top = 0;
        for (Map.Entry<String, double[]> e : votes.entrySet()) {
            if (e.getValue()[0] > top) {
                top = e.getValue()[0];
                best = e.getKey();
            }
        }
        return best == null ? null : shown.get(best);
    }

    /** Cleaned keys of the candidates, for finding the headline's line on the page. */
    static List<String> keys(List<Candidate> candidates) {
        List<String> out = new ArrayList<>();
        for (Candidate c : candidates) {
            String t = clean(c.text());
            if (t != null && key(t).length() >= 4) {
                out.add(key(t));
            }
        }
        return out;
    }
}
