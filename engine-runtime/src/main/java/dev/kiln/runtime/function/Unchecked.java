package dev.kiln.runtime.function;

/** Rethrows what a MethodHandle invocation threw, without wrapping it. */
public final class Unchecked {
    private Unchecked() {}

    /** Throws {@code t} as is; declared to return an exception so callers can write {@code throw rethrow(t)}. */
    public static RuntimeException rethrow(Throwable t) {
        throw Unchecked.<RuntimeException>sneaky(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
