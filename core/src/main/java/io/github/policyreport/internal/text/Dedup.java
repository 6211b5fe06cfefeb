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
            String t = body.get(i).text().replaceAll("\\s+", "");
            fp[i] = t.length() >= 8 ? t : null;
            if (first < 0 && fp[i] != null) {
                first = i;
            }
        }
        if (first < 0) {
            return null;
        }
        int repeat = -1;
        for (int i = first + 1; i < n; i++) {
            if (fp[first].equals(fp[i])) {
                repeat = i;
                break;
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
        int boundary = repeat;
        while (boundary - 1 > first && (fp[boundary - 1] == null || !second.contains(fp[boundary - 1]))) {
            boundary--;
        }
        Set<String> firstSet = new HashSet<>();
        int firstCount = 0;
        int shared = 0;
        for (int i = 0; i < boundary; i++) {
            if (fp[i] != null) {
                firstCount++;
                if (firstSet.add(fp[i]) && second.contains(fp[i])) {
                    shared++;
                }
            }
        }
        if (firstCount == 0 || shared * 10 < firstCount * 6) {
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
}
