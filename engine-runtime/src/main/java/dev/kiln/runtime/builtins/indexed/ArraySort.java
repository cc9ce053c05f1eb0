package dev.kiln.runtime.builtins.indexed;

import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.DenseElements;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;
import java.util.Arrays;

/**
 * 23.1.3.30.1 SortIndexedProperties and 23.1.3.30.2 CompareArrayElements, shared by
 * Array.prototype.sort and toSorted (and later the typed array sorts).
 *
 * <p>The sort is a merge sort: stable as the spec requires, and it terminates with a
 * permutation of the items whatever the comparator does (inconsistent answers, NaN, changing
 * the array); an exception from the comparator stops it at once and propagates. Undefined
 * values never reach the comparator (CompareArrayElements orders them last), so they are set
 * aside and appended. Without a comparator, when every item is a primitive (so ToString runs
 * no code), each item's string is computed once instead of once per comparison.
 */
public final class ArraySort {
    /** Runs shorter than this are sorted by insertion, which is stable too. */
    private static final int INSERTION_SORT_THRESHOLD = 12;

    private ArraySort() {}

    /** The holes argument of SortIndexedProperties. */
    public enum Holes { SKIP_HOLES, READ_THROUGH_HOLES }

    /** 23.1.3.30.1 SortIndexedProperties with SortCompare = CompareArrayElements(·, ·, comparator). */
    public static Object[] sortIndexedProperties(Realm realm, JSObject obj, long len, Object comparator, Holes holes) {
        Object[] items = collect(realm, obj, len, holes);
        sort(realm, items, comparator);
        return items;
    }

    /** Steps 1-3: the items to sort, read as HasProperty/Get would read them. */
    private static Object[] collect(Realm realm, JSObject obj, long len, Holes holes) {
        if (obj instanceof ArrayObject a) {
            DenseElements d = a.denseElementsForRead();
            if (d != null && len <= Iteration.MAX_LIST_LENGTH) {
                if (holes == Holes.READ_THROUGH_HOLES) {
                    Object[] items = new Object[(int) len];
                    d.copyTo(0, (int) len, items, 0, Undefined.INSTANCE);
                    return items;
                }
                int n = (int) Math.min(len, d.size());
                Object[] items = new Object[n];
                d.copyTo(0, n, items, 0, null);
                if (d.isPacked()) return items;
                int count = 0;
                for (int i = 0; i < n; i++) if (items[i] != null) items[count++] = items[i];
                return Arrays.copyOf(items, count);
            }
        }
        Object[] items = new Object[(int) Math.min(len, 16)];
        int count = 0;
        for (long k = 0; k < len; ) {
            Object v;
            if (holes == Holes.SKIP_HOLES) {
                v = ArrayOperations.getIfPresent(obj, k);
                if (v == null) {
                    k = ArrayOperations.skipAbsent(obj, k + 1, len);
                    continue;
                }
            } else {
                v = ArrayOperations.get(obj, k);
            }
            if (count == items.length) {
                if (count >= Iteration.MAX_LIST_LENGTH) throw realm.rangeError("Invalid array length");
                items = Arrays.copyOf(items, Math.max(16, Math.min(Iteration.MAX_LIST_LENGTH, count * 2)));
            }
            items[count++] = v;
            if ((++k & 0xFFF) == 0) realm.poll();
        }
        return count == items.length ? items : Arrays.copyOf(items, count);
    }

    /** Step 4: sorts {@code items} in place by CompareArrayElements with {@code comparator}. */
    static void sort(Realm realm, Object[] items, Object comparator) {
        int defined = 0;
        for (Object v : items) if (v != Undefined.INSTANCE) items[defined++] = v;
        Arrays.fill(items, defined, items.length, Undefined.INSTANCE);
        if (defined < 2) return;
        if (comparator != Undefined.INSTANCE) {
            JSObject fn = (JSObject) comparator;
            mergeSort(realm, items, defined, (x, y) -> {
                double v = Conversion.toNumber(fn.call(Undefined.INSTANCE, x, y));
                return Double.isNaN(v) ? 0 : v;
            });
            return;
        }
        boolean allPrimitive = true, allInt = true;
        for (int i = 0; i < defined && allPrimitive; i++) {
            allPrimitive = !(items[i] instanceof JSObject);
            allInt &= items[i] instanceof Integer;
        }
        if (allInt) {
            sortIntegersAsStrings(items, defined);
            return;
        }
        if (!allPrimitive) {
            mergeSort(realm, items, defined, (x, y) -> compareStrings(Conversion.toString(x), Conversion.toString(y)));
            return;
        }
        // Sort (string, value) pairs by string: ToString of a primitive runs no code.
        Object[] pairs = new Object[defined];
        for (int i = 0; i < defined; i++) pairs[i] = new Keyed(Conversion.toString(items[i]), items[i]);
        mergeSort(realm, pairs, defined, (x, y) -> compareStrings(((Keyed) x).key, ((Keyed) y).key));
        for (int i = 0; i < defined; i++) items[i] = ((Keyed) pairs[i]).value;
    }

    private record Keyed(String key, Object value) {}

    /** CompareArrayElements steps 5-11 on the two strings: code-unit order. */
    private static double compareStrings(String x, String y) {
        int c = x.compareTo(y);
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }

    private static final long[] POWERS_OF_TEN = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L,
    };

    /**
     * Sorts Integers in the order of their decimal strings without making the strings: each
     * maps to a long whose numeric order is the strings' code-unit order. A minus sign sorts
     * before every digit, so negatives come first; then the magnitude's digits padded to ten
     * (the digit strings compared position by position), then the digit count (a string that
     * is a prefix of another comes first). Distinct integers get distinct keys, so an unstable
     * sort of the keys is a stable sort of the values.
     */
    static void sortIntegersAsStrings(Object[] items, int n) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            int x = (Integer) items[i];
            long magnitude = Math.abs((long) x);
            int digits = digits(magnitude);
            long padded = magnitude * POWERS_OF_TEN[10 - digits];
            keys[i] = (x < 0 ? 0 : 1L << 40) + padded * 16 + digits;
        }
        Arrays.sort(keys);
        for (int i = 0; i < n; i++) {
            long key = keys[i];
            boolean negative = key < 1L << 40;
            long rest = negative ? key : key - (1L << 40);
            int digits = (int) (rest & 15);
            long magnitude = (rest >>> 4) / POWERS_OF_TEN[10 - digits];
            items[i] = (int) (negative ? -magnitude : magnitude);
        }
    }

    /** The number of decimal digits of {@code v} (0 ≤ v ≤ 2^31). */
    private static int digits(long v) {
        int n = 1;
        while (n < 10 && v >= POWERS_OF_TEN[n]) n++;
        return n;
    }

    /** SortCompare: a Number, negative when x sorts first; may throw. */
    @FunctionalInterface
    interface SortCompare {
        double compare(Object x, Object y);
    }

    /** A stable merge sort of {@code a[0 .. n)}, polling for interrupts as it goes. */
    static void mergeSort(Realm realm, Object[] a, int n, SortCompare cmp) {
        Object[] tmp = new Object[n];
        int[] comparisons = new int[1];
        mergeSort(realm, a, tmp, 0, n, cmp, comparisons);
    }

    private static void mergeSort(Realm realm, Object[] a, Object[] tmp, int from, int to, SortCompare cmp, int[] comparisons) {
        if (to - from <= INSERTION_SORT_THRESHOLD) {
            for (int i = from + 1; i < to; i++) {
                Object x = a[i];
                int j = i;
                while (j > from && compare(realm, cmp, a[j - 1], x, comparisons) > 0) {
                    a[j] = a[j - 1];
                    j--;
                }
                a[j] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(realm, a, tmp, from, mid, cmp, comparisons);
        mergeSort(realm, a, tmp, mid, to, cmp, comparisons);
        if (compare(realm, cmp, a[mid - 1], a[mid], comparisons) <= 0) return; // already in order
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from, j = mid, k = from;
        while (i < mid && j < to) {
            // Take from the right only when the left is strictly greater: equal items keep their order.
            a[k++] = compare(realm, cmp, tmp[i], tmp[j], comparisons) > 0 ? tmp[j++] : tmp[i++];
        }
        while (i < mid) a[k++] = tmp[i++];
        while (j < to) a[k++] = tmp[j++];
    }

    private static double compare(Realm realm, SortCompare cmp, Object x, Object y, int[] comparisons) {
        if ((++comparisons[0] & 0x3FF) == 0) realm.poll();
        return cmp.compare(x, y);
    }

    /** Whether a comparator argument is acceptable (23.1.3.30 step 1): undefined or callable. */
    static void checkComparator(Realm realm, Object comparator) {
        if (comparator != Undefined.INSTANCE && !(comparator instanceof JSObject o && o.isCallable())) {
            throw realm.typeError("The comparison function must be either a function or undefined");
        }
    }
}
