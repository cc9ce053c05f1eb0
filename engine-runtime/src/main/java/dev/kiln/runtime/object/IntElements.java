package dev.kiln.runtime.object;

import dev.kiln.runtime.value.Undefined;
import java.util.Arrays;

/**
 * Dense elements that are all int32 Numbers, in an {@code int[]}: V8's SMI kinds. A hole is
 * {@link #HOLE} (-2^31), so storing the value -2^31 itself, a non-integral Number or -0 moves
 * the storage to {@link DoubleElements}, and any other value to {@link ObjectElements}.
 */
public final class IntElements extends DenseElements {
    /** The entry of a hole. */
    public static final int HOLE = Integer.MIN_VALUE;

    /** The entries; positions from {@link #end} on are unspecified. */
    int[] values;

    IntElements(int capacity) {
        values = new int[capacity];
    }

    private IntElements(int[] values, int length, int count) {
        this.values = values;
        this.end = length;
        this.count = count;
        trimEnd();
    }

    /** Whether the Number {@code d} is held by int storage: an int32 other than -2^31, and not -0. */
    static boolean holds(double d) {
        int i = (int) d;
        return i == d && i != HOLE && (i != 0 || Double.doubleToRawLongBits(d) == 0);
    }

    /** Storage holding {@code values[0 .. length)} (null for a hole), or null if some value is not held by ints. */
    static IntElements from(Object[] values, int length) {
        int[] ints = new int[length];
        int count = 0;
        for (int i = 0; i < length; i++) {
            Object v = values[i];
            int n;
            if (v == null) n = HOLE;
            else if (v instanceof Integer x && x != HOLE) n = x;
            else if (v instanceof Double d && holds(d)) n = (int) (double) d;
            else return null;
            ints[i] = n;
            if (n != HOLE) count++;
        }
        return new IntElements(ints, length, count);
    }

    /** The int at {@code index}, or {@link #HOLE} for a hole or an index outside {@code 0 .. size()-1}. */
    public int intAt(int index) {
        return index >= 0 && index < end ? values[index] : HOLE;
    }

    @Override
    public Object valueAt(int index) {
        if (index >= 0 && index < end) {
            int v = values[index];
            if (v != HOLE) return v;
        }
        return null;
    }

    @Override
    public boolean has(int index) {
        return index >= 0 && index < end && values[index] != HOLE;
    }

    @Override
    public Elements put(long index, Object value) {
        if (value instanceof Integer i) return putInt(index, i);
        if (value instanceof Double d) return putDouble(index, d);
        return toObjects().put(index, value);
    }

    @Override
    public Elements putInt(long index, int value) {
        if (value == HOLE) return toDoubles().putDouble(index, value);
        if (index < end) {
            int i = (int) index;
            if (values[i] == HOLE) count++;
            values[i] = value;
            return this;
        }
        if (!extendTo(index)) return toSparse().put(index, value);
        values[(int) index] = value;
        return this;
    }

    @Override
    public Elements putDouble(long index, double value) {
        if (holds(value)) return putInt(index, (int) value);
        return toDoubles().putDouble(index, value);
    }

    /** The same elements as doubles (a one-way transition). */
    DoubleElements toDoubles() {
        double[] doubles = new double[values.length];
        for (int i = 0; i < end; i++) {
            int v = values[i];
            doubles[i] = v == HOLE ? DoubleElements.HOLE : v;
        }
        return new DoubleElements(doubles, end, count);
    }

    /** The same elements as Objects (a one-way transition). */
    ObjectElements toObjects() {
        Object[] objects = new Object[values.length];
        for (int i = 0; i < end; i++) {
            int v = values[i];
            if (v != HOLE) objects[i] = v;
        }
        return new ObjectElements(objects, end, count);
    }

    @Override
    public DenseElements slice(int from, int n) {
        int[] out = new int[n];
        int available = Math.max(0, Math.min(n, end - from));
        if (available > 0) System.arraycopy(values, from, out, 0, available);
        Arrays.fill(out, available, n, HOLE);
        return new IntElements(out, n, available > 0 ? countPresent(from, from + available) : 0);
    }

    @Override
    public void copyTo(int from, int n, Object[] out, int at, Object hole) {
        for (int k = 0; k < n; k++) {
            int i = from + k;
            int v = i < end ? values[i] : HOLE;
            out[at + k] = v == HOLE ? hole : (Object) v;
        }
    }

    @Override
    public int indexOf(Object search, int from, int to) {
        if (!(search instanceof Integer || search instanceof Double)) return -1;
        double s = ((Number) search).doubleValue();
        int target = (int) s;
        if (target != s || target == HOLE) return -1; // NaN, fractions and -2^31 are never here; -0 finds 0
        int[] values = this.values;
        for (int i = from; i < to; i++) if (values[i] == target) return i;
        return -1;
    }

    @Override
    public int lastIndexOf(Object search, int from) {
        if (!(search instanceof Integer || search instanceof Double)) return -1;
        double s = ((Number) search).doubleValue();
        int target = (int) s;
        if (target != s || target == HOLE) return -1;
        for (int i = from; i >= 0; i--) if (values[i] == target) return i;
        return -1;
    }

    @Override
    public boolean includes(Object search, int from, int to) {
        if (search == Undefined.INSTANCE) {
            for (int i = from; i < to; i++) if (values[i] == HOLE) return true;
            return false;
        }
        return indexOf(search, from, to) >= 0;
    }

    @Override
    public void reverse() {
        int[] values = this.values;
        for (int lower = 0, upper = end - 1; lower < upper; lower++, upper--) {
            int v = values[lower];
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
        int[] values = this.values;
        int n = 0;
        for (int i = from; i < to; i++) if (!(values[i] == HOLE)) n++;
        return n;
    }

    @Override
    int nextPresent(int from, int to) {
        int[] values = this.values;
        for (int i = from; i < to; i++) if (!(values[i] == HOLE)) return i;
        return -1;
    }

    @Override
    int previousPresent(int from) {
        int[] values = this.values;
        for (int i = from; i >= 0; i--) if (!(values[i] == HOLE)) return i;
        return -1;
    }

    @Override
    void clear(int from, int to) {
        Arrays.fill(values, from, to, HOLE);
    }

    @Override
    void resize(int capacity) {
        values = Arrays.copyOf(values, capacity);
    }
}
