package dev.kiln.parser.internal;

import java.util.Arrays;

/** An open-addressing set of longs (no boxing): the parser keys it by {@code start << 32 | end}. */
final class LongSet {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] slots = new long[64];
    private int size;

    LongSet() {
        Arrays.fill(slots, EMPTY);
    }

    void add(long key) {
        if ((size + 1) * 2 > slots.length) grow();
        int mask = slots.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == key) return;
            if (slots[i] == EMPTY) {
                slots[i] = key;
                size++;
                return;
            }
        }
    }

    boolean contains(long key) {
        int mask = slots.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == key) return true;
            if (slots[i] == EMPTY) return false;
        }
    }

    void clear() {
        if (size == 0) return;
        if (slots.length > 1024) slots = new long[64];
        Arrays.fill(slots, EMPTY);
        size = 0;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.fill(slots, EMPTY);
        size = 0;
        for (long k : old) if (k != EMPTY) add(k);
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
