package dev.kiln.runtime.object;

import dev.kiln.runtime.value.Symbol;

/**
 * Property keys (ECMA-262 6.1.7) in canonical form, so that one key has exactly one Java
 * representation:
 * <ul>
 *   <li>an array index (0 .. 2^32-2, 6.1.7) is an {@code Integer} holding its 32 bits —
 *       indices of 2^31 and up are stored as negative ints and read back unsigned;</li>
 *   <li>every other string is a {@code String};</li>
 *   <li>a symbol is a {@link Symbol}.</li>
 * </ul>
 * Index keys address elements, string and symbol keys address shape properties; nothing ever
 * converts an index to a string to look it up.
 */
public final class PropertyKey {
    /** 2^32 - 1: not an array index, the largest array length. */
    public static final long MAX_ARRAY_LENGTH = 0xFFFFFFFFL;

    private PropertyKey() {}

    /** The canonical key for a string: an Integer if it is an array index, else the string. */
    public static Object fromString(String s) {
        long i = parseArrayIndex(s);
        return i >= 0 ? Integer.valueOf((int) i) : s;
    }

    /** The canonical key for an index or integer-valued number key. */
    public static Object fromIndex(long index) {
        return index >= 0 && index < MAX_ARRAY_LENGTH ? Integer.valueOf((int) index) : Long.toString(index);
    }

    /** Whether {@code key} is an array index. */
    public static boolean isIndex(Object key) {
        return key instanceof Integer;
    }

    /** The index a canonical Integer key stands for. */
    public static long index(Object key) {
        return Integer.toUnsignedLong((Integer) key);
    }

    /** The String or Symbol a key is as a value (what Reflect.ownKeys returns). */
    public static Object toValue(Object key) {
        return key instanceof Integer ? Long.toString(index(key)) : key;
    }

    /** Readable form for error messages. */
    public static String describe(Object key) {
        return key instanceof Symbol s ? s.descriptiveString() : toValue(key).toString();
    }

    /** The array index a string denotes (6.1.7 "array index": CanonicalNumericString < 2^32-1), or -1. */
    public static long parseArrayIndex(String s) {
        int n = s.length();
        if (n == 0 || n > 10) return -1;
        char c0 = s.charAt(0);
        if (c0 < '0' || c0 > '9' || (c0 == '0' && n > 1)) return -1;
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v < MAX_ARRAY_LENGTH ? v : -1;
    }
}
