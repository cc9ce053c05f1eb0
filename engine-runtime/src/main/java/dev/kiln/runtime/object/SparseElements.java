package dev.kiln.runtime.object;

import dev.kiln.runtime.shape.Property;
import java.util.Map;
import java.util.TreeMap;

/** Array-index properties in a sorted map, each with its own attributes. */
public final class SparseElements extends Elements {
    private record Entry(Object value, int flags) {}

    private final TreeMap<Long, Entry> map = new TreeMap<>();

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
        map.put(index, new Entry(value, e == null ? Property.DEFAULT : e.flags));
        return this;
    }

    @Override
    public Elements define(long index, Object valueOrAccessor, int flags) {
        map.put(index, new Entry(valueOrAccessor, flags));
        return this;
    }

    @Override
    public void remove(long index) {
        map.remove(index);
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
            if ((last.getValue().flags & Property.CONFIGURABLE) == 0) return last.getKey() + 1;
            map.pollLastEntry();
        }
        return newEnd;
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
        for (Entry e : map.values()) if (e.flags != Property.DEFAULT) return false;
        return true;
    }

    @Override
    public Elements clearFlagsOfAll(int clear, int clearData) {
        for (Map.Entry<Long, Entry> me : map.entrySet()) {
            Entry e = me.getValue();
            boolean accessor = (e.flags & Property.ACCESSOR) != 0;
            me.setValue(new Entry(e.value, e.flags & ~clear & ~(accessor ? 0 : clearData)));
        }
        return this;
    }
}
