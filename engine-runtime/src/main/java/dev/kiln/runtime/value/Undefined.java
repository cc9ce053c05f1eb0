package dev.kiln.runtime.value;

/** The one value of the Undefined type (ECMA-262 6.1.1). */
public final class Undefined {
    public static final Undefined INSTANCE = new Undefined();

    private Undefined() {}

    @Override
    public String toString() {
        return "undefined";
    }
}
