package dev.kiln.runtime.object;

import dev.kiln.runtime.shape.Property;
import java.util.Arrays;

/** Array-index properties in a plain Java array; null marks a hole. */
public final class DenseElements extends Elements {
    /** A write this far past the end makes the storage sparse instead of growing the array. */
    private static final int MAX_GAP = 1024;
    /** Dense arrays never grow past this; larger indices go to sparse storage. */
    static final int MAX_DENSE = 1 << 26;

    /** The values; public so that generated code and built-ins can index them directly. */
    public Object[] values;
    /** One more than the largest index ever stored (holes below it may exist). */
    int end;
    private int count;

    public DenseElements(int capacity) {
        values = new Object[Math.max(capacity, 4)];
    }

    /** Dense storage holding exactly these values (no holes). */
    public DenseElements(Object[] values, int length) {
        this.values = values;
        this.end = length;
        this.count = length;
    }

    /** Dense storage holding {@code values[0 .. length)}, where null entries are holes. */
    public static DenseElements withHoles(Object[] values, int length) {
        DenseElements d = new DenseElements(values, length);
        int present = 0;
        for (int i = 0; i < length; i++) if (values[i] != null) present++;
        d.count = present;
        while (d.end > 0 && values[d.end - 1] == null) d.end--;
        return d;
    }

    /** One more than the largest present index, as an int (dense storage never exceeds int range). */
    public int size() {
        return end;
    }

    @Override
    public Object get(long index) {
        return index < end ? values[(int) index] : null;
    }

    @Override
    public int flags(long index) {
        return Property.DEFAULT;
    }

    @Override
    public Elements put(long index, Object value) {
        if (index < values.length) {
            int i = (int) index;
            if (values[i] == null) count++;
            values[i] = value;
            if (i >= end) end = i + 1;
            return this;
        }
        if (index - end > MAX_GAP || index >= MAX_DENSE) return toSparse().put(index, value);
        int i = (int) index;
        values = Arrays.copyOf(values, Math.min(MAX_DENSE, Math.max(i + 1, values.length + (values.length >> 1) + 8)));
        values[i] = value;
        count++;
        end = i + 1;
        return this;
    }

    @Override
    public Elements define(long index, Object valueOrAccessor, int flags) {
        if (flags == Property.DEFAULT) return put(index, valueOrAccessor);
        return toSparse().define(index, valueOrAccessor, flags);
    }

    @Override
    public void remove(long index) {
        if (index < end && values[(int) index] != null) {
            values[(int) index] = null;
            count--;
            if (index == end - 1) {
                int e = (int) index;
                while (e > 0 && values[e - 1] == null) e--;
                end = e;
            }
        }
    }

    /** Drops every element at or past {@code newEnd} (array length truncation). */
    void truncate(long newEnd) {
        if (newEnd >= end) return;
        for (int i = (int) newEnd; i < end; i++) {
            if (values[i] != null) count--;
            values[i] = null;
        }
        end = (int) newEnd;
        if (values.length > 64 && end < values.length / 4) values = Arrays.copyOf(values, Math.max(end, 4));
    }

    /**
     * Removes the {@code n} entries at {@code start} and moves the later ones down by {@code n},
     * holes included: the net effect of the element-moving loops of shift and splice.
     */
    void removeRange(int start, int n) {
        if (start >= end || n <= 0) return;
        int from = (int) Math.min((long) start + n, end);
        for (int i = start; i < from; i++) if (values[i] != null) count--;
        int moved = end - from;
        System.arraycopy(values, from, values, start, moved);
        int newEnd = start + moved;
        Arrays.fill(values, newEnd, end, null);
        end = newEnd;
        while (end > 0 && values[end - 1] == null) end--;
    }

    /**
     * Moves the entries at {@code start} and later up by {@code n}, leaving holes at
     * {@code start .. start+n-1}: the net effect of the element-moving loops of unshift and
     * splice. Returns false, changing nothing, if the result would not fit dense storage.
     */
    boolean insertGap(int start, int n) {
        if (start >= end || n <= 0) return true;
        long newEnd = (long) end + n;
        if (newEnd > MAX_DENSE) return false;
        if (newEnd > values.length) {
            values = Arrays.copyOf(values, (int) Math.min(MAX_DENSE, Math.max(newEnd, values.length + (values.length >> 1) + 8)));
        }
        System.arraycopy(values, start, values, start + n, end - start);
        Arrays.fill(values, start, start + n, null);
        end = (int) newEnd;
        return true;
    }

    /** Reverses the order of entries {@code 0 .. size()-1}, holes included. */
    public void reverse() {
        for (int lower = 0, upper = end - 1; lower < upper; lower++, upper--) {
            Object v = values[lower];
            values[lower] = values[upper];
            values[upper] = v;
        }
        while (end > 0 && values[end - 1] == null) end--;
    }

    @Override
    public long[] indices() {
        long[] out = new long[count];
        int n = 0;
        for (int i = 0; i < end; i++) if (values[i] != null) out[n++] = i;
        return out;
    }

    @Override
    public long nextIndex(long from) {
        for (long i = Math.max(from, 0); i < end; i++) if (values[(int) i] != null) return i;
        return -1;
    }

    @Override
    public long previousIndex(long from) {
        for (long i = Math.min(from, end - 1L); i >= 0; i--) if (values[(int) i] != null) return i;
        return -1;
    }

    @Override
    public long end() {
        return end;
    }

    @Override
    public long count() {
        return count;
    }

    /** Whether indices 0 .. end-1 are all present. */
    public boolean isPacked() {
        return count == end;
    }

    @Override
    public boolean allDefault() {
        return true;
    }

    @Override
    public Elements clearFlagsOfAll(int clear, int clearData) {
        return toSparse().clearFlagsOfAll(clear, clearData);
    }

    SparseElements toSparse() {
        SparseElements s = new SparseElements();
        for (int i = 0; i < end; i++) if (values[i] != null) s.define(i, values[i], Property.DEFAULT);
        return s;
    }
}
