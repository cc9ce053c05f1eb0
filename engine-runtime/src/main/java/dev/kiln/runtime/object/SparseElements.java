package dev.kiln.runtime.object;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.shape.Property;
import java.util.Map;
import java.util.TreeMap;

/**
 * Array-index properties in a sorted map, each with its own attributes. Once every element has
 * default attributes again and they fill at least half of the indices below the largest,
 * storing one more makes the storage dense again (as V8 turns dictionary elements back into
 * fast ones), so {@code a[10000] = x} followed by a loop from 0 ends in an array.
 */
public final class SparseElements extends Elements {
    /**
     * The most elements sparse storage holds (2^23, at about 100 bytes each); one more is the
     * RangeError "Invalid array length" rather than an exhausted Java heap. Dense storage, which
     * costs 4 to 8 bytes an element, is where large arrays live.
     */
    public static final int MAX_COUNT = 1 << 23;

    private record Entry(Object value, int flags) {}

    private final TreeMap<Long, Entry> map = new TreeMap<>();
    /** How many elements have attributes other than the default ones. */
    private int special;

    @Override
    public Object get(long index) {
        Entry e = map.get(index);
        return e == null ? null : e.value;
    }

    @Override
    public int flags(long index) {
        return map.get(index).flags;
    }

    @Override
    public Elements put(long index, Object value) {
        Entry e = map.get(index);
        if (e != null) {
            map.put(index, new Entry(value, e.flags));
            return this;
        }
        return define(index, value, Property.DEFAULT);
    }

    @Override
    public Elements define(long index, Object valueOrAccessor, int flags) {
        Entry old = map.get(index);
        Entry e = new Entry(valueOrAccessor, flags);
        if (old == null) add(index, e);
        else {
            if (old.flags != Property.DEFAULT) special--;
            map.put(index, e);
        }
        if (flags != Property.DEFAULT) special++;
        return old == null && special == 0 && denseEnough() ? toDense() : this;
    }

    /** Adds a plain element while sparse storage is built from dense storage. */
    void load(long index, Object value) {
        add(index, new Entry(value, Property.DEFAULT));
    }

    private void add(long index, Entry e) {
        if (map.size() >= MAX_COUNT) throw JSException.rangeError("Invalid array length");
        map.put(index, e);
    }

    @Override
    public void remove(long index) {
        Entry e = map.remove(index);
        if (e != null && e.flags != Property.DEFAULT) special--;
    }

    /**
     * Removes elements at or past {@code newEnd}, highest first, stopping at the first that is
     * not configurable. Returns one more than that element's index, or {@code newEnd}
     * (10.4.2.4 ArraySetLength steps 16-17).
     */
    long truncate(long newEnd) {
        while (!map.isEmpty()) {
            Map.Entry<Long, Entry> last = map.lastEntry();
            if (last.getKey() < newEnd) break;
            int flags = last.getValue().flags;
            if ((flags & Property.CONFIGURABLE) == 0) return last.getKey() + 1;
            if (flags != Property.DEFAULT) special--;
            map.pollLastEntry();
        }
        return newEnd;
    }

    /** Whether dense storage of every index below the largest would be at least half full. */
    private boolean denseEnough() {
        long end = map.lastKey() + 1;
        return end <= DenseElements.MAX_DENSE && map.size() * 2L >= end;
    }

    private DenseElements toDense() {
        int end = (int) (map.lastKey() + 1);
        Object[] values = new Object[end];
        for (Map.Entry<Long, Entry> me : map.entrySet()) values[(int) (long) me.getKey()] = me.getValue().value;
        return DenseElements.of(values, end);
    }

    @Override
    public long[] indices() {
        long[] out = new long[map.size()];
        int n = 0;
        for (Long k : map.keySet()) out[n++] = k;
        return out;
    }

    @Override
    public long nextIndex(long from) {
        Long k = map.ceilingKey(from);
        return k == null ? -1 : k;
    }

    @Override
    public long previousIndex(long from) {
        Long k = map.floorKey(from);
        return k == null ? -1 : k;
    }

    @Override
    public long end() {
        return map.isEmpty() ? 0 : map.lastKey() + 1;
    }

    @Override
    public long count() {
        return map.size();
    }

    @Override
    public boolean allDefault() {
        return special == 0;
    }

    @Override
    public Elements clearFlagsOfAll(int clear, int clearData) {
        special = 0;
        for (Map.Entry<Long, Entry> me : map.entrySet()) {
            Entry e = me.getValue();
            boolean accessor = (e.flags & Property.ACCESSOR) != 0;
            int flags = e.flags & ~clear & ~(accessor ? 0 : clearData);
            me.setValue(new Entry(e.value, flags));
            if (flags != Property.DEFAULT) special++;
        }
        return this;
    }
}
