package dev.kiln.runtime.object;

import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.value.Types;
import dev.kiln.runtime.value.Undefined;
import java.util.Arrays;

/** Dense elements of any values, in an {@code Object[]} where null marks a hole: V8's generic kinds. */
public final class ObjectElements extends DenseElements {
    /** The entries; null from {@link #end} on, so that nothing stays reachable from there. */
    Object[] values;

    ObjectElements(int capacity) {
        values = new Object[capacity];
    }

    ObjectElements(Object[] values, int end, int count) {
        this.values = values;
        this.end = end;
        this.count = count;
    }

    /** Storage holding {@code values[0 .. length)}, where null entries are holes (the array is taken over). */
    public ObjectElements(Object[] values, int length) {
        this.values = values;
        this.end = length;
        this.count = countPresent(0, length);
        trimEnd();
    }

    @Override
    public Object valueAt(int index) {
        return index >= 0 && index < end ? values[index] : null;
    }

    @Override
    public boolean has(int index) {
        return index >= 0 && index < end && values[index] != null;
    }

    @Override
    public Elements put(long index, Object value) {
        if (index < end) {
            int i = (int) index;
            if (values[i] == null) count++;
            values[i] = value;
            return this;
        }
        if (!extendTo(index)) return toSparse().put(index, value);
        values[(int) index] = value;
        return this;
    }

    @Override
    public Elements putInt(long index, int value) {
        return put(index, value);
    }

    @Override
    public Elements putDouble(long index, double value) {
        return put(index, Types.number(value));
    }

    @Override
    public DenseElements slice(int from, int n) {
        Object[] out = new Object[n];
        int available = Math.max(0, Math.min(n, end - from));
        if (available > 0) System.arraycopy(values, from, out, 0, available);
        return new ObjectElements(out, n);
    }

    @Override
    public void copyTo(int from, int n, Object[] out, int at, Object hole) {
        int available = Math.max(0, Math.min(n, end - from));
        if (available > 0) System.arraycopy(values, from, out, at, available);
        if (hole != null) {
            for (int k = 0; k < available; k++) if (out[at + k] == null) out[at + k] = hole;
        }
        Arrays.fill(out, at + available, at + n, hole);
    }

    @Override
    public int indexOf(Object search, int from, int to) {
        Object[] values = this.values;
        if (search instanceof Integer || search instanceof Double) {
            double s = ((Number) search).doubleValue();
            if (s != s) return -1;
            for (int i = from; i < to; i++) {
                Object v = values[i];
                if (v instanceof Integer iv ? iv == s : v instanceof Double dv && dv == s) return i;
            }
            return -1;
        }
        if (search instanceof String str) {
            for (int i = from; i < to; i++) {
                Object v = values[i];
                if (v == str || v instanceof CharSequence cs && Comparison.contentEquals(str, cs)) return i;
            }
            return -1;
        }
        for (int i = from; i < to; i++) {
            Object v = values[i];
            if (v != null && Comparison.isStrictlyEqual(search, v)) return i;
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object search, int from) {
        for (int i = from; i >= 0; i--) {
            Object v = values[i];
            if (v != null && Comparison.isStrictlyEqual(search, v)) return i;
        }
        return -1;
    }

    @Override
    public boolean includes(Object search, int from, int to) {
        for (int i = from; i < to; i++) {
            Object v = values[i];
            if (v == null ? search == Undefined.INSTANCE : Comparison.sameValueZero(search, v)) return true;
        }
        return false;
    }

    @Override
    public void reverse() {
        Object[] values = this.values;
        for (int lower = 0, upper = end - 1; lower < upper; lower++, upper--) {
            Object v = values[lower];
            values[lower] = values[upper];
            values[upper] = v;
        }
        trimEnd();
    }

    @Override
    int capacity() {
        return values.length;
    }

    @Override
    Object array() {
        return values;
    }

    @Override
    int countPresent(int from, int to) {
        Object[] values = this.values;
        int n = 0;
        for (int i = from; i < to; i++) if (!(values[i] == null)) n++;
        return n;
    }

    @Override
    int nextPresent(int from, int to) {
        Object[] values = this.values;
        for (int i = from; i < to; i++) if (!(values[i] == null)) return i;
        return -1;
    }

    @Override
    int previousPresent(int from) {
        Object[] values = this.values;
        for (int i = from; i >= 0; i--) if (!(values[i] == null)) return i;
        return -1;
    }

    @Override
    void clear(int from, int to) {
        Arrays.fill(values, from, to, null);
    }

    @Override
    void resize(int capacity) {
        values = Arrays.copyOf(values, capacity);
    }
}
