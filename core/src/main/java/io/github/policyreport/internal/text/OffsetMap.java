package io.github.policyreport.internal.text;

import java.util.Arrays;

/**
 * Maps offsets of a normalized text back to the text it was made from.
 *
 * <p>A normalizer copies most characters one to one and replaces a few groups: {@code a} source
 * characters become {@code b} normalized characters ({@code a, b >= 1}). Only the replaced groups
 * are stored, as sorted int arrays (like Lucene's {@code BaseCharFilter}); lookups are binary
 * searches. The rules:
 * <ul>
 *   <li>outside groups the map is a shift: offsets keep their distance to the previous group;</li>
 *   <li>a group is atomic: a start offset inside a group maps to the group's source start, an
 *       end offset inside it to the group's source end, so a span never cuts a replaced group and
 *       its source text always contains whatever produced its normalized text;</li>
 *   <li>1:1 replacements (full-width folding, most Traditional→Simplified characters) are not
 *       groups at all and cost nothing;</li>
 *   <li>a deletion ({@code a} source characters, none normalized: zero-width and bidi controls) is
 *       an empty group: start and end offsets there map past the deleted characters, so a span
 *       never begins with one and offsets stay monotonic (an empty span stays empty). A deletion
 *       right before a replacement merges into it.</li>
 * </ul>
 * Maps chain: {@link #andThen(OffsetMap)} maps through a later normalization first, then this one.
 * Immutable and thread-safe.
 */
final class OffsetMap {

    private static final int[] NONE = new int[0];
    private static final OffsetMap IDENTITY = new OffsetMap(NONE, NONE, NONE, NONE, null);

    private final int[] normStart;
    private final int[] normEnd;
    private final int[] srcStart;
    private final int[] srcEnd;
    /** The map of the text this one's source was itself normalized from, or null. */
    private final OffsetMap base;

    private OffsetMap(int[] normStart, int[] normEnd, int[] srcStart, int[] srcEnd, OffsetMap base) {
        this.normStart = normStart;
        this.normEnd = normEnd;
        this.srcStart = srcStart;
        this.srcEnd = srcEnd;
        this.base = base;
    }

    /** The map of a normalization that changed no offsets. */
    public static OffsetMap identity() {
        return IDENTITY;
    }

    /** Whether every offset maps to itself. */
    public boolean isIdentity() {
        return normStart.length == 0 && (base == null || base.isIdentity());
    }

    /**
     * The map of {@code next} (which normalized the output of this map's normalization) followed
     * by this one: normalized offsets of {@code next}'s output to this map's source.
     */
    public OffsetMap andThen(OffsetMap next) {
        if (next.isIdentity()) {
            return this;
        }
        if (isIdentity()) {
            return next;
        }
        if (next.base != null) {
            return andThen(next.base).andThen(new OffsetMap(next.normStart, next.normEnd, next.srcStart, next.srcEnd, null));
        }
        return new OffsetMap(next.normStart, next.normEnd, next.srcStart, next.srcEnd, this);
    }

    /** Source offset of normalized start offset {@code offset}. */
    public int toSource(int offset) {
        int local = local(offset, true);
        return base == null ? local : base.toSource(local);
    }

    /** Source offset of normalized end offset {@code offset}. */
    public int toSourceEnd(int offset) {
        int local = local(offset, false);
        return base == null ? local : base.toSourceEnd(local);
    }

    private int local(int offset, boolean start) {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        int i = Arrays.binarySearch(normStart, offset);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0) {
            return offset;
        }
        if (offset == normStart[i] && normEnd[i] > normStart[i]) {
            return srcStart[i];
        }
        if (offset < normEnd[i]) {
            return start ? srcStart[i] : srcEnd[i];
        }
        return srcEnd[i] + (offset - normEnd[i]);
    }

    /** Maps are equal when they map every offset alike (same groups, same base). */
    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap m && Arrays.equals(normStart, m.normStart) && Arrays.equals(normEnd, m.normEnd)
                && Arrays.equals(srcStart, m.srcStart) && Arrays.equals(srcEnd, m.srcEnd)
                && java.util.Objects.equals(base, m.base);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(Arrays.hashCode(normStart), Arrays.hashCode(srcStart), base);
    }

    @Override
    public String toString() {
        return "OffsetMap[" + normStart.length + " groups" + (base == null ? "" : ", chained") + "]";
    }

    /** Builds a map while a normalizer appends to its output, left to right. */
    public static final class Builder {
        private int[] ns = new int[8];
        private int[] ne = new int[8];
        private int[] ss = new int[8];
        private int[] se = new int[8];
        private int n;
        private int normPos;
        private int srcPos;

        /** A builder at offset 0 of both texts. */
        public Builder() {
        }

        /** {@code count} source characters copied (or replaced 1:1) as as many normalized ones. */
        public Builder copy(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("negative count " + count);
            }
            normPos += count;
            srcPos += count;
            return this;
        }

        /** One source character copied. */
        public Builder copy() {
            return copy(1);
        }

        /**
         * {@code srcChars} source characters replaced by {@code normChars} normalized characters;
         * both at least 1 (a deletion would leave a normalized offset with no character to map).
         */
        public Builder replace(int srcChars, int normChars) {
            if (srcChars < 1 || normChars < 1) {
                throw new IllegalArgumentException("replacement needs at least one character on each side: "
                        + srcChars + " -> " + normChars);
            }
            boolean afterDeletion = n > 0 && ns[n - 1] == normPos && ne[n - 1] == normPos;
            if (srcChars == 1 && normChars == 1 && !afterDeletion) {
                return copy(1);
            }
            if (afterDeletion) { // the deleted characters join this group: one group per normalized offset
                ne[n - 1] = normPos + normChars;
                se[n - 1] += srcChars;
                normPos += normChars;
                srcPos += srcChars;
                return this;
            }
            group(srcChars, normChars);
            return this;
        }

        private void group(int srcChars, int normChars) {
            if (n == ns.length) {
                ns = Arrays.copyOf(ns, n * 2);
                ne = Arrays.copyOf(ne, n * 2);
                ss = Arrays.copyOf(ss, n * 2);
                se = Arrays.copyOf(se, n * 2);
            }
            ns[n] = normPos;
            ne[n] = normPos + normChars;
            ss[n] = srcPos;
            se[n] = srcPos + srcChars;
            n++;
            normPos += normChars;
            srcPos += srcChars;
        }

        /** {@code srcChars} source characters deleted: nothing written for them. */
        public Builder delete(int srcChars) {
            if (srcChars < 1) {
                throw new IllegalArgumentException("deletion needs at least one character: " + srcChars);
            }
            if (n > 0 && ne[n - 1] == normPos && ns[n - 1] == normPos) {
                se[n - 1] += srcChars; // two deletions in a row are one
                srcPos += srcChars;
                return this;
            }
            group(srcChars, 0);
            return this;
        }

        /** Normalized characters written so far. */
        public int normLength() {
            return normPos;
        }

        /** Source characters consumed so far. */
        public int srcLength() {
            return srcPos;
        }

        /** The finished map. */
        public OffsetMap build() {
            if (n == 0) {
                return IDENTITY;
            }
            return new OffsetMap(Arrays.copyOf(ns, n), Arrays.copyOf(ne, n), Arrays.copyOf(ss, n), Arrays.copyOf(se, n),
                    null);
        }
    }
}
