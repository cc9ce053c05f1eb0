package dev.kiln.parser.unicode;

import java.util.Arrays;

/**
 * An immutable set of code points stored as sorted, disjoint, non-adjacent ranges. Membership is a
 * binary search over the range bounds, so a set costs two ints per range however many code points
 * it holds.
 */
public final class CodePointSet {
    public static final CodePointSet EMPTY = new CodePointSet(new int[0]);

    // bounds[2i] is the first code point of range i, bounds[2i + 1] the one after its last
    private final int[] bounds;

    private CodePointSet(int[] bounds) {
        this.bounds = bounds;
    }

    /**
     * A set from range bounds: start0, end0, start1, end1, ... with exclusive ends. The ranges must
     * be sorted and non-empty; adjacent ones are merged.
     */
    public static CodePointSet ofBounds(int[] bounds) {
        if (bounds.length % 2 != 0) throw new IllegalArgumentException("odd number of range bounds");
        int[] merged = new int[bounds.length];
        int n = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            int start = bounds[i];
            int end = bounds[i + 1];
            if (start >= end || start < 0 || end > Character.MAX_CODE_POINT + 1) {
                throw new IllegalArgumentException("bad range " + start + ".." + end);
            }
            if (n > 0 && start < merged[n - 1]) throw new IllegalArgumentException("unsorted ranges");
            if (n > 0 && start == merged[n - 1]) {
                merged[n - 1] = end;
            } else {
                merged[n++] = start;
                merged[n++] = end;
            }
        }
        return n == 0 ? EMPTY : new CodePointSet(Arrays.copyOf(merged, n));
    }

    public boolean contains(int codePoint) {
        int i = Arrays.binarySearch(bounds, codePoint);
        // found at an even index: a range starts there; otherwise inside iff the insertion point is odd
        return i >= 0 ? (i & 1) == 0 : ((-i - 1) & 1) == 1;
    }

    public boolean isEmpty() {
        return bounds.length == 0;
    }

    public int rangeCount() {
        return bounds.length / 2;
    }

    /** First code point of range {@code i}. */
    public int rangeStart(int i) {
        return bounds[2 * i];
    }

    /** Last code point of range {@code i} (inclusive). */
    public int rangeEnd(int i) {
        return bounds[2 * i + 1] - 1;
    }

    /** The number of code points in the set. */
    public int size() {
        int size = 0;
        for (int i = 0; i < bounds.length; i += 2) size += bounds[i + 1] - bounds[i];
        return size;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodePointSet other && Arrays.equals(bounds, other.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < bounds.length; i += 2) {
            if (i > 0) sb.append(' ');
            sb.append(Integer.toHexString(bounds[i]));
            if (bounds[i + 1] - 1 != bounds[i]) sb.append('-').append(Integer.toHexString(bounds[i + 1] - 1));
        }
        return sb.append(']').toString();
    }
}
