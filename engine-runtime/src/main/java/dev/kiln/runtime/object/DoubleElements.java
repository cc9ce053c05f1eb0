package dev.kiln.runtime.object;

import dev.kiln.runtime.value.Types;
import dev.kiln.runtime.value.Undefined;
import java.util.Arrays;

/**
 * Dense elements that are all Numbers, in a {@code double[]}: V8's double kinds. A hole is one
 * reserved NaN bit pattern ({@link #HOLE_BITS}); every NaN stored is first made the canonical
 * {@link Double#NaN}, so no value can ever look like a hole. Any value that is not a Number
 * moves the storage to {@link ObjectElements}.
 */
public final class DoubleElements extends DenseElements {
    /** The bits of a hole: a quiet NaN with a payload that canonical NaNs never have. */
    public static final long HOLE_BITS = 0x7FF8_0000_0000_0001L;
    /** The entry of a hole (compare with {@link #isHoleValue}, never with ==). */
    static final double HOLE = Double.longBitsToDouble(HOLE_BITS);

    /** The entries; positions from {@link #end} on are unspecified. */
    double[] values;

    DoubleElements(int capacity) {
        values = new double[capacity];
    }

    /** Storage over {@code values}, {@code count} of whose first {@code length} entries are present. */
    DoubleElements(double[] values, int length, int count) {
        this.values = values;
        this.end = length;
        this.count = count;
        trimEnd();
    }

    /** Whether {@code d} is the hole marker (or the "no number" answer of {@link #doubleAt}). */
    public static boolean isHoleValue(double d) {
        return Double.doubleToRawLongBits(d) == HOLE_BITS;
    }

    /** Storage holding {@code values[0 .. length)} (null for a hole), or null if some value is not a Number. */
    static DoubleElements from(Object[] values, int length) {
        double[] doubles = new double[length];
        int count = 0;
        for (int i = 0; i < length; i++) {
            Object v = values[i];
            double n;
            if (v == null) {
                doubles[i] = HOLE;
                continue;
            }
            if (v instanceof Integer x) n = x;
            else if (v instanceof Double d) n = canonical(d);
            else return null;
            doubles[i] = n;
            count++;
        }
        return new DoubleElements(doubles, length, count);
    }

    private static double canonical(double d) {
        return d != d ? Double.NaN : d;
    }

    /**
     * The Number at {@code index}, or the hole marker ({@link #isHoleValue}) for a hole or an
     * index outside {@code 0 .. size()-1}.
     */
    public double doubleAt(int index) {
        return index >= 0 && index < end ? values[index] : HOLE;
    }

    @Override
    public Object valueAt(int index) {
        if (index >= 0 && index < end) {
            double v = values[index];
            if (!isHoleValue(v)) return Types.number(v);
        }
        return null;
    }

    @Override
    public boolean has(int index) {
        return index >= 0 && index < end && !isHoleValue(values[index]);
    }

    @Override
    public Elements put(long index, Object value) {
        if (value instanceof Integer i) return putDouble(index, i);
        if (value instanceof Double d) return putDouble(index, d);
        return toObjects().put(index, value);
    }

    @Override
    public Elements putInt(long index, int value) {
        return putDouble(index, value);
    }

    @Override
    public Elements putDouble(long index, double value) {
        if (value != value) value = Double.NaN;
        if (index < end) {
            int i = (int) index;
            if (isHoleValue(values[i])) count++;
            values[i] = value;
            return this;
        }
        if (!extendTo(index)) return toSparse().put(index, Types.number(value));
        values[(int) index] = value;
        return this;
    }

    /** The same elements as Objects (a one-way transition). */
    ObjectElements toObjects() {
        Object[] objects = new Object[values.length];
        for (int i = 0; i < end; i++) {
            double v = values[i];
            if (!isHoleValue(v)) objects[i] = Types.number(v);
        }
        return new ObjectElements(objects, end, count);
    }

    @Override
    public DenseElements slice(int from, int n) {
        double[] out = new double[n];
        int available = Math.max(0, Math.min(n, end - from));
        if (available > 0) System.arraycopy(values, from, out, 0, available);
        Arrays.fill(out, available, n, HOLE);
        return new DoubleElements(out, n, available > 0 ? countPresent(from, from + available) : 0);
    }

    @Override
    public void copyTo(int from, int n, Object[] out, int at, Object hole) {
        for (int k = 0; k < n; k++) {
            int i = from + k;
            double v = i < end ? values[i] : HOLE;
            out[at + k] = isHoleValue(v) ? hole : Types.number(v);
        }
    }

    @Override
    public int indexOf(Object search, int from, int to) {
        if (!(search instanceof Integer || search instanceof Double)) return -1;
        double s = ((Number) search).doubleValue();
        double[] values = this.values;
        for (int i = from; i < to; i++) if (values[i] == s) return i; // NaN (and so a hole) equals nothing
        return -1;
    }

    @Override
    public int lastIndexOf(Object search, int from) {
        if (!(search instanceof Integer || search instanceof Double)) return -1;
        double s = ((Number) search).doubleValue();
        for (int i = from; i >= 0; i--) if (values[i] == s) return i;
        return -1;
    }

    @Override
    public boolean includes(Object search, int from, int to) {
        if (search == Undefined.INSTANCE) {
            for (int i = from; i < to; i++) if (isHoleValue(values[i])) return true;
            return false;
        }
        if (!(search instanceof Integer || search instanceof Double)) return false;
        double s = ((Number) search).doubleValue();
        if (s != s) {
            for (int i = from; i < to; i++) if (values[i] != values[i] && !isHoleValue(values[i])) return true;
            return false;
        }
        return indexOf(search, from, to) >= 0;
    }

    @Override
    public void reverse() {
        double[] values = this.values;
        for (int lower = 0, upper = end - 1; lower < upper; lower++, upper--) {
            double v = values[lower];
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
        double[] values = this.values;
        int n = 0;
        for (int i = from; i < to; i++) if (!(isHoleValue(values[i]))) n++;
        return n;
    }

    @Override
    int nextPresent(int from, int to) {
        double[] values = this.values;
        for (int i = from; i < to; i++) if (!(isHoleValue(values[i]))) return i;
        return -1;
    }

    @Override
    int previousPresent(int from) {
        double[] values = this.values;
        for (int i = from; i >= 0; i--) if (!(isHoleValue(values[i]))) return i;
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
