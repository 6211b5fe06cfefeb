package io.github.policyreport.internal.text;

/**
 * Code-point boundaries: where text may be cut without splitting a surrogate pair (an emoji or a
 * supplementary Han character). Every cut of text or window edge goes through here.
 *
 * <p>Public because the quantity, time and pipeline packages cut text on code-point boundaries with it.
 */
public final class CodePoints {

    private CodePoints() {
    }

    /** Whether offset {@code i} of {@code s} falls between the two halves of a surrogate pair. */
    public static boolean splitsPair(CharSequence s, int i) {
        return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** {@code i}, or one less when it would split a pair. */
    public static int floor(CharSequence s, int i) {
        return splitsPair(s, i) ? i - 1 : i;
    }

    /** {@code i}, or one more when it would split a pair. */
    public static int ceil(CharSequence s, int i) {
        return splitsPair(s, i) ? i + 1 : i;
    }
}
