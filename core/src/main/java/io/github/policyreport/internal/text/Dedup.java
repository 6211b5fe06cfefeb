package io.github.policyreport.internal.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a body that a page carries twice (a template printing the article in two places) by
 * fingerprinting normalized paragraphs, and keeps one complete copy: the copy with more text,
 * which holds every paragraph of the other in the usual case.
 */
final class Dedup {

    private Dedup() {
    }

    /** {from, to} (block list indexes, half-open) of the copy to keep, or null when the body is not doubled. */
    static int[] keep(List<Block> body) {
        int n = body.size();
        String[] fp = new String[n];
        int first = -1;
        for (int i = 0; i < n; i++) {
            String t = withoutSpaces(body.get(i).text());
            fp[i] = t.length() >= 8 ? t : null;
            if (first < 0 && fp[i] != null) {
                first = i;
            }
        }
        if (first < 0) {
            return null;
        }
        // the first of the leading paragraphs that occurs again starts the second copy
        int repeat = -1;
        int from = first;
        for (int s = first, tried = 0; s < n && tried < 5 && repeat < 0; s++) {
            if (fp[s] == null) {
                continue;
            }
            tried++;
            for (int i = s + 1; i < n; i++) {
                if (fp[s].equals(fp[i])) {
                    repeat = i;
                    from = s;
                    break;
                }
            }
        }
        if (repeat < 0) {
            return null;
        }
        Set<String> second = new HashSet<>();
        for (int i = repeat; i < n; i++) {
            if (fp[i] != null) {
                second.add(fp[i]);
            }
        }
        // paragraphs just before the repeat that the second copy lacks open the second copy (an intro)
        int boundary = repeat;
        while (boundary - 1 > from && (fp[boundary - 1] == null || !second.contains(fp[boundary - 1]))) {
            boundary--;
        }
        Set<String> firstSet = new HashSet<>();
        for (int i = 0; i < boundary; i++) {
            if (fp[i] != null) {
                firstSet.add(fp[i]);
            }
        }
        Set<String> secondSet = new HashSet<>();
        for (int i = boundary; i < n; i++) {
            if (fp[i] != null) {
                secondSet.add(fp[i]);
            }
        }
        if (!mostlyIn(firstSet, secondSet) || !mostlyIn(secondSet, firstSet)) {
            return null;
        }
        long a = 0;
        long b = 0;
        for (int i = 0; i < n; i++) {
            if (i < boundary) {
                a += body.get(i).length();
            } else {
                b += body.get(i).length();
            }
        }
        return b >= a ? new int[] {boundary, n} : new int[] {0, boundary};
    }

    /** {@code t} without the characters {@code \s} matches; {@code t} itself when it has none (most lines). */
    static String withoutSpaces(String t) {
        StringBuilder b = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = c == ' ' || (c >= '\t' && c <= '\r');
            if (space && b == null) {
                b = new StringBuilder(t.length()).append(t, 0, i);
            } else if (!space && b != null) {
                b.append(c);
            }
        }
        return b == null ? t : b.toString();
    }

    /** Whether at least 60% of {@code a} is in {@code b}. */
    private static boolean mostlyIn(Set<String> a, Set<String> b) {
        if (a.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String s : a) {
            if (b.contains(s)) {
                shared++;
            }
        }
        return shared * 10 >= a.size() * 6;
    }
}
