package dev.kiln.runtime.value;

/** The largest JavaScript string Kiln makes; longer results are a RangeError, as in V8. */
public final class StringLimits {
    /** V8's limit on 64-bit hosts (2^29 - 24 UTF-16 units). */
    public static final int MAX_LENGTH = (1 << 29) - 24;

    private StringLimits() {}

    /** Whether concatenating strings of these lengths stays within the limit. */
    public static boolean fits(long a, long b) {
        return a + b <= MAX_LENGTH;
    }
}
