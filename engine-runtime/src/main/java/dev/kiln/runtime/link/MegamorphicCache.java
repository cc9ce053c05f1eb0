package dev.kiln.runtime.link;

import dev.kiln.runtime.object.JSObject;

/**
 * One engine-wide table of cache entries for sites that saw more layouts than a
 * {@link PolymorphicCache} holds (V8's megamorphic stub cache): hashed by receiver shape and
 * key, overwritten on collision. An entry is only used after its full check against the
 * receiver, so a stale or colliding entry is just a miss. Entries are immutable, so threads
 * sharing the table read either an old entry or a new one, both safe to check.
 */
final class MegamorphicCache {
    private static final int SIZE = 4096;

    private record Slot(Object key, PolymorphicCache.Entry entry) {}

    private final Slot[] slots = new Slot[SIZE];

    /** For property reads, and for property writes (whose entries may be transitions). */
    static final MegamorphicCache GETS = new MegamorphicCache(), SETS = new MegamorphicCache();

    private static int index(JSObject o, Object key) {
        int h = System.identityHashCode(o.shape) * 31 + key.hashCode();
        return (h ^ (h >>> 16)) & (SIZE - 1);
    }

    PolymorphicCache.Entry find(JSObject o, Object key) {
        Slot s = slots[index(o, key)];
        if (s == null || s.key != key) return null;
        PolymorphicCache.Entry e = s.entry;
        return e.matches(o) ? e : null;
    }

    void put(JSObject o, Object key, PolymorphicCache.Entry e) {
        slots[index(o, key)] = new Slot(key, e);
    }
}
