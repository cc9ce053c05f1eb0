package dev.kiln.runtime.value;

/**
 * The one value of the Null type (ECMA-262 6.1.2). A singleton rather than Java's {@code null},
 * which Kiln reserves for "absent" (no property, no descriptor, a hole), so the two never mix.
 */
public final class Null {
    public static final Null INSTANCE = new Null();

    private Null() {}

    @Override
    public String toString() {
        return "null";
    }
}
