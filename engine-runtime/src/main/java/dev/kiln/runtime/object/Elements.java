package dev.kiln.runtime.object;

/**
 * The storage of an object's array-index properties (keys 0 .. 2^32-2), kept apart from named
 * properties so that arrays and array-likes index without hashing or shapes. Indices are
 * unsigned 32-bit values held in a long.
 *
 * <p>Dense storage ({@link DenseElements}: int, double or Object kind) keeps plain values with
 * default attributes (writable, enumerable, configurable) and holes; any element with other
 * attributes, an accessor, or an index far past the rest moves the object to sparse storage
 * ({@link SparseElements}), which keeps attributes per element.
 *
 * <p>Storage is bounded so that an absurd length fails with the RangeError "Invalid array
 * length" instead of exhausting the Java heap: dense storage holds indices below
 * {@link DenseElements#MAX_DENSE}, sparse storage at most {@link SparseElements#MAX_COUNT}
 * elements.
 */
public abstract class Elements {
    /**
     * Whether one object's storage can hold an element at every index of {@code from .. to-1}:
     * false means that storing them all is certain to end in the RangeError.
     */
    public static boolean canHoldAll(long from, long to) {
        return to <= DenseElements.MAX_DENSE || to - from <= SparseElements.MAX_COUNT;
    }

    /** The value or {@link Accessor} at {@code index}, or null if there is no such element. */
    public abstract Object get(long index);

    /** The attributes ({@link dev.kiln.runtime.shape.Property} bits) of a present element. */
    public abstract int flags(long index);

    /**
     * Stores a plain value with default attributes at {@code index} (new or existing writable
     * data element). Returns the storage to use from now on (this, or a converted one).
     */
    public abstract Elements put(long index, Object value);

    /** Defines an element with any attributes; returns the storage to use from now on. */
    public abstract Elements define(long index, Object valueOrAccessor, int flags);

    /** Removes the element at {@code index} (the caller checked it is configurable). */
    public abstract void remove(long index);

    /** Present indices in ascending order. */
    public abstract long[] indices();

    /** The smallest present index at or above {@code from}, or -1 if there is none. */
    public abstract long nextIndex(long from);

    /** The largest present index at or below {@code from}, or -1 if there is none. */
    public abstract long previousIndex(long from);

    /** One more than the largest present index, or 0 when empty. */
    public abstract long end();

    /** Number of present elements. */
    public abstract long count();

    /** Whether every present element is a writable data element with default attributes. */
    public abstract boolean allDefault();

    /** Sparse storage with every element's attributes narrowed by {@code clear}/{@code clearData}. */
    public abstract Elements clearFlagsOfAll(int clear, int clearData);
}
