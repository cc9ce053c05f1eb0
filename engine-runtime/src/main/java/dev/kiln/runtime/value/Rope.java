package dev.kiln.runtime.value;

/**
 * A string made by concatenation, flattened to a java.lang.String on first use of its characters,
 * so that {@code s += x} in a loop is linear rather than quadratic. A JavaScript string is a
 * {@code String} or a {@code Rope}; code tests for both with {@code instanceof CharSequence} and
 * calls {@link #toString()} to get the flat text.
 */
public final class Rope implements CharSequence {
    /** Shorter results are copied at once: a rope node costs more than a short copy. */
    private static final int MIN_ROPE_LENGTH = 64;

    private CharSequence left; // after flattening: the whole String
    private CharSequence right; // after flattening: null
    private final int length;

    private Rope(CharSequence left, CharSequence right, int length) {
        this.left = left;
        this.right = right;
        this.length = length;
    }

    /**
     * Concatenation of two JS strings. The caller checks the length limit first with
     * {@link StringLimits#fits(long, long)} so that an overlong result becomes a RangeError.
     */
    public static CharSequence concat(CharSequence a, CharSequence b) {
        int la = a.length();
        if (la == 0) return b;
        int lb = b.length();
        if (lb == 0) return a;
        int n = la + lb;
        if (n < MIN_ROPE_LENGTH) return a.toString().concat(b.toString());
        return new Rope(a, b, n);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return flat().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return flat().substring(start, end);
    }

    @Override
    public String toString() {
        return flat();
    }

    private String flat() {
        if (right == null) return (String) left;
        char[] out = new char[length];
        // Iterative, right to left: ropes built by `s += x` are deep on the left.
        CharSequence[] stack = new CharSequence[32];
        int sp = 0;
        stack[sp++] = this;
        int end = length;
        while (sp > 0) {
            CharSequence cs = stack[--sp];
            if (cs instanceof Rope r && r.right != null) {
                if (sp + 2 > stack.length) stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                stack[sp++] = r.left;
                stack[sp++] = r.right;
            } else {
                String s = cs.toString();
                end -= s.length();
                s.getChars(0, s.length(), out, end);
            }
        }
        String s = new String(out);
        left = s;
        right = null;
        return s;
    }
}
