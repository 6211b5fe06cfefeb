package io.github.policyreport.internal.text;

import java.util.Arrays;

/**
 * Maps offsets of a normalized text back to the text it was made from.
 *
 * <p>Stored as sorted breakpoints: from normalized offset {@code norm[i]} on, source offset =
 * {@code src[i] + (offset - norm[i])}, until the next breakpoint. A replacement that grows
 * (one source char → several) maps every added char to the source position of the replaced
 * char; one that shrinks maps the normalized char to the first source char of the group, and
 * {@link #toSourceEnd(int)} maps an end offset to the end of the whole group. Lookups are binary
 * searches; the map is immutable.
 */
public final class OffsetMap {

    private static final OffsetMap IDENTITY = new OffsetMap(new int[] {0}, new int[] {0}, Integer.MAX_VALUE, Integer.MAX_VALUE);

    private final int[] norm;
    private final int[] src;
    private final int normLength;
    private final int srcLength;

    private OffsetMap(int[] norm, int[] src, int normLength, int srcLength) {
        this.norm = norm;
        this.src = src;
        this.normLength = normLength;
        this.srcLength = srcLength;
    }

    /** The map of a normalization that changed no offsets. */
    public static OffsetMap identity() {
        return IDENTITY;
    }

    /** Source offset of the character at normalized offset {@code offset} (a start offset). */
    public int toSource(int offset) {
        int i = floor(offset);
        int s = src[i] + (offset - norm[i]);
        if (i + 1 < src.length && s > src[i + 1]) {
            s = src[i + 1];
        }
        return Math.min(s, srcLength);
    }

    /** Source offset just past the character before normalized offset {@code offset} (an end offset). */
    public int toSourceEnd(int offset) {
        if (offset <= 0) {
            return toSource(0);
        }
        int i = floor(offset - 1);
        // the char at offset-1 belongs to segment i; its source group ends where the next segment starts
        int last = src[i] + (offset - 1 - norm[i]);
        int next = i + 1 < src.length ? src[i + 1] : Integer.MAX_VALUE;
        boolean shrunk = i + 1 < norm.length && (offset - 1 - norm[i]) >= (norm[i + 1] - norm[i]) - 1
                && src[i + 1] - src[i] > norm[i + 1] - norm[i];
        int end = shrunk ? next : Math.min(last + 1, next);
        return Math.min(end, srcLength);
    }

    private int floor(int offset) {
        int i = Arrays.binarySearch(norm, offset);
        if (i < 0) {
            i = -i - 2;
        } else {
            while (i + 1 < norm.length && norm[i + 1] == offset) {
                i++;
            }
        }
        return Math.max(i, 0);
    }

    /** Builds a map while a normalizer appends to its output. */
    public static final class Builder {
        private int[] norm = new int[16];
        private int[] src = new int[16];
        private int n;
        private int normPos;
        private int srcPos;

        /** A builder at offset 0 of both texts. */
        public Builder() {
            add(0, 0);
        }

        /** One source character copied as one normalized character. */
        public void copy() {
            normPos++;
            srcPos++;
        }

        /** {@code srcChars} source characters replaced by {@code normChars} normalized characters. */
        public void replace(int srcChars, int normChars) {
            if (srcChars == normChars) {
                normPos += normChars;
                srcPos += srcChars;
                return;
            }
            add(normPos, srcPos);
            if (normChars > srcChars) {
                // the first srcChars chars map one to one, the rest stay on the last source char
                for (int k = 0; k < normChars; k++) {
                    add(normPos + k, srcPos + Math.min(k, srcChars - 1));
                }
            }
            normPos += normChars;
            srcPos += srcChars;
            add(normPos, srcPos);
        }

        private void add(int nPos, int sPos) {
            if (n > 0 && norm[n - 1] == nPos) {
                src[n - 1] = sPos;
                return;
            }
            if (n == norm.length) {
                norm = Arrays.copyOf(norm, n * 2);
                src = Arrays.copyOf(src, n * 2);
            }
            norm[n] = nPos;
            src[n] = sPos;
            n++;
        }

        /** The finished map. */
        public OffsetMap build() {
            return new OffsetMap(Arrays.copyOf(norm, n), Arrays.copyOf(src, n), normPos, srcPos);
        }
    }
}
