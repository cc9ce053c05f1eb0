package dev.kiln.runtime.object;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.shape.Property;

/**
 * Array-index properties in a Java array, index i at position i (V8's fast elements), in one of
 * three kinds chosen by the values held, as V8's elements kinds are:
 * <ul>
 *   <li>{@link IntElements}: int32 values in an {@code int[]};</li>
 *   <li>{@link DoubleElements}: any Numbers in a {@code double[]};</li>
 *   <li>{@link ObjectElements}: any values in an {@code Object[]}.</li>
 * </ul>
 * Each kind marks holes its own way. Storage starts in the most specific kind that holds its
 * values and only ever moves to a more general one (int → double → Object), converting the whole
 * array once, never back: a program's arrays settle in one kind quickly and code that reads them
 * sees few kinds. Whether there are holes below {@link #size()} is {@link #isPacked()}.
 *
 * <p>Built-ins see the kinds only through this class: boxed reads ({@link #valueAt}), stores
 * ({@link #put}, {@link #putInt}, {@link #putDouble}), copies ({@link #copyTo}, {@link #slice}),
 * searches ({@link #indexOf}, {@link #lastIndexOf}, {@link #includes}) and the bulk moves of
 * shift, unshift, splice, reverse and copyWithin, each kind doing the work on its own array.
 */
public abstract sealed class DenseElements extends Elements permits IntElements, DoubleElements, ObjectElements {
    /**
     * A write this far past the end makes the storage sparse instead of growing the array, unless
     * at least half of it would still be present (the mirror of sparse storage turning dense).
     */
    static final int MAX_GAP = 1024;
    /**
     * Dense storage never holds an index past this (2^27, about V8's largest FixedArray);
     * larger indices go to sparse storage. An array this full that still grows is a RangeError
     * ("Invalid array length"), never a Java OutOfMemoryError.
     */
    public static final int MAX_DENSE = 1 << 27;

    /** One more than the largest present index; positions from here on are holes whatever the array holds. */
    int end;
    /** Number of present elements below {@link #end}. */
    int count;

    /**
     * Storage holding {@code values[0 .. length)}, where null entries are holes, in the most
     * specific kind that holds them all. Takes ownership of {@code values} when they stay Objects.
     * The first value picks the kind to try, so an array of one kind is read once.
     */
    public static DenseElements of(Object[] values, int length) {
        int i = 0;
        while (i < length && values[i] == null) i++;
        Object first = i < length ? values[i] : null;
        if (first instanceof Integer || first instanceof Double) {
            DenseElements d = first instanceof Integer x && x != IntElements.HOLE || first instanceof Double f && IntElements.holds(f)
                    ? IntElements.from(values, length) : null;
            if (d == null) d = DoubleElements.from(values, length);
            if (d != null) return d;
        }
        return new ObjectElements(values, length);
    }

    /** Empty storage of the kind that holds {@code first}, with room for {@code capacity} elements. */
    static DenseElements emptyFor(Object first, int capacity) {
        if (first instanceof Integer x && x != IntElements.HOLE) return new IntElements(capacity);
        if (first instanceof Double d) return IntElements.holds(d) ? new IntElements(capacity) : new DoubleElements(capacity);
        if (first instanceof Integer) return new DoubleElements(capacity);
        return new ObjectElements(capacity);
    }

    // ------------------------------------------------------------------ what each kind provides

    /** The value at {@code index}, boxed, or null for a hole or an index outside {@code 0 .. size()-1}. */
    public abstract Object valueAt(int index);

    /** Whether an element is present at {@code index}. */
    public abstract boolean has(int index);

    /** {@link #put} of an int32 value. */
    public abstract Elements putInt(long index, int value);

    /** {@link #put} of a Number held as a double. */
    public abstract Elements putDouble(long index, double value);

    /**
     * Storage of the same kind holding the entries at {@code from .. from+n-1} at 0 .. n-1,
     * holes included (indices past {@link #size()} are holes).
     */
    public abstract DenseElements slice(int from, int n);

    /**
     * Writes the values at {@code from .. from+n-1} to {@code out[at ..]}, each hole (and index
     * past {@link #size()}) as {@code hole}.
     */
    public abstract void copyTo(int from, int n, Object[] out, int at, Object hole);

    /**
     * The first index in {@code from .. to-1} ({@code to <= size()}) whose element is present
     * and IsStrictlyEqual to {@code search}, or -1: indexOf's scan.
     */
    public abstract int indexOf(Object search, int from, int to);

    /** The last index in {@code 0 .. from} ({@code from < size()}) as {@link #indexOf} finds them, or -1. */
    public abstract int lastIndexOf(Object search, int from);

    /**
     * Whether some index in {@code from .. to-1} ({@code to <= size()}) holds a value
     * SameValueZero to {@code search}, a hole reading as undefined: includes' scan.
     */
    public abstract boolean includes(Object search, int from, int to);

    /** Reverses the order of entries {@code 0 .. size()-1}, holes included. */
    public abstract void reverse();

    abstract int capacity();

    /** The Java array, for moves within it. */
    abstract Object array();

    /** The number of present elements at positions {@code from .. to-1} (below the array's length). */
    abstract int countPresent(int from, int to);

    /** The first present position in {@code from .. to-1}, or -1. */
    abstract int nextPresent(int from, int to);

    /** The last present position at or below {@code from} ({@code from} below the array's length), or -1. */
    abstract int previousPresent(int from);

    /** Makes positions {@code from .. to-1} holes. */
    abstract void clear(int from, int to);

    /** Replaces the Java array by one of {@code capacity} entries holding the first ones. */
    abstract void resize(int capacity);

    // ------------------------------------------------------------------ shared

    /** One more than the largest present index, as an int (dense storage never exceeds int range). */
    public final int size() {
        return end;
    }

    /** Whether indices 0 .. size()-1 are all present. */
    public final boolean isPacked() {
        return count == end;
    }

    @Override
    public final Object get(long index) {
        return index < end ? valueAt((int) index) : null;
    }

    @Override
    public final int flags(long index) {
        return Property.DEFAULT;
    }

    @Override
    public final Elements define(long index, Object valueOrAccessor, int flags) {
        if (flags == Property.DEFAULT) return put(index, valueOrAccessor);
        return toSparse().define(index, valueOrAccessor, flags);
    }

    @Override
    public final void remove(long index) {
        if (index < end && has((int) index)) {
            clear((int) index, (int) index + 1);
            count--;
            if (index == end - 1) trimEnd();
        }
    }

    @Override
    public final long[] indices() {
        long[] out = new long[count];
        int n = 0;
        for (int i = nextPresent(0, end); i >= 0; i = nextPresent(i + 1, end)) out[n++] = i;
        return out;
    }

    @Override
    public final long nextIndex(long from) {
        return from >= end ? -1 : nextPresent((int) Math.max(from, 0), end);
    }

    @Override
    public final long previousIndex(long from) {
        return from < 0 || end == 0 ? -1 : previousPresent((int) Math.min(from, end - 1L));
    }

    @Override
    public final long end() {
        return end;
    }

    @Override
    public final long count() {
        return count;
    }

    @Override
    public final boolean allDefault() {
        return true;
    }

    @Override
    public final Elements clearFlagsOfAll(int clear, int clearData) {
        return toSparse().clearFlagsOfAll(clear, clearData);
    }

    /** Lowers {@link #end} past trailing holes. */
    final void trimEnd() {
        end = end == 0 ? 0 : previousPresent(end - 1) + 1;
    }

    /**
     * Makes {@code index} (at or past {@link #end}) the new last element: grows the Java array if
     * needed and makes the positions between holes; the caller stores the value. False, changing
     * nothing, if the index belongs in sparse storage.
     */
    final boolean extendTo(long index) {
        if (index >= capacity()) {
            if (index >= MAX_DENSE || index - end > MAX_GAP && (count + 1L) * 2 < index + 1) return false;
            grow((int) index + 1L);
        }
        int i = (int) index;
        if (i > end) clear(end, i);
        end = i + 1;
        count++;
        return true;
    }

    /** Grows the Java array to hold at least {@code needed} entries (at most {@link #MAX_DENSE}). */
    private void grow(long needed) {
        int capacity = capacity();
        long wanted = Math.max(needed, capacity + (capacity >> 1) + 8L);
        try {
            resize((int) Math.min(MAX_DENSE, wanted));
        } catch (OutOfMemoryError e) {
            // One allocation failed as a whole: the heap is intact, and the script gets V8's error.
            throw JSException.rangeError("Invalid array length");
        }
    }

    /** Drops every element at or past {@code newEnd} (array length truncation). */
    final void truncate(long newEnd) {
        if (newEnd >= end) return;
        int from = (int) newEnd;
        count -= countPresent(from, end);
        clear(from, end);
        end = from;
        trimEnd();
        int capacity = capacity();
        if (capacity > 64 && end < capacity / 4) resize(Math.max(end, 4));
    }

    /**
     * Removes the {@code n} entries at {@code start} and moves the later ones down by {@code n},
     * holes included: the net effect of the element-moving loops of shift and splice.
     */
    final void removeRange(int start, int n) {
        if (start >= end || n <= 0) return;
        int from = (int) Math.min((long) start + n, end);
        count -= countPresent(start, from);
        int moved = end - from;
        Object array = array();
        System.arraycopy(array, from, array, start, moved);
        int newEnd = start + moved;
        clear(newEnd, end);
        end = newEnd;
        trimEnd();
    }

    /**
     * Moves the entries at {@code start} and later up by {@code n}, leaving holes at
     * {@code start .. start+n-1}: the net effect of the element-moving loops of unshift and
     * splice. Returns false, changing nothing, if the result would not fit dense storage.
     */
    final boolean insertGap(int start, int n) {
        if (start >= end || n <= 0) return true;
        long newEnd = (long) end + n;
        if (newEnd > MAX_DENSE) return false;
        if (newEnd > capacity()) grow(newEnd);
        Object array = array();
        System.arraycopy(array, start, array, start + n, end - start);
        clear(start, start + n);
        end = (int) newEnd;
        return true;
    }

    /**
     * Copies the entries at {@code from .. from+n-1} to {@code to ..}, holes included, as if
     * through a temporary copy; both ranges lie below {@link #size()}: copyWithin's net effect.
     */
    public final void copyWithin(int to, int from, int n) {
        count -= countPresent(to, to + n);
        Object array = array();
        System.arraycopy(array, from, array, to, n);
        count += countPresent(to, to + n);
        trimEnd();
    }

    /** Sparse storage with the same elements; a RangeError when there are too many for it. */
    final SparseElements toSparse() {
        if (count > SparseElements.MAX_COUNT) throw JSException.rangeError("Invalid array length");
        SparseElements s = new SparseElements();
        for (int i = 0; i < end; i++) {
            Object v = valueAt(i);
            if (v != null) s.load(i, v);
        }
        return s;
    }
}
