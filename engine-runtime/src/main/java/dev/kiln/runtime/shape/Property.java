package dev.kiln.runtime.shape;

/**
 * One named property as a shape records it: its key, attributes and the slot that holds its value
 * (for an accessor property, the slot holds an {@link dev.kiln.runtime.object.Accessor}).
 * Immutable, so shapes can share it and inline caches can keep it.
 */
public final class Property {
    public static final int WRITABLE = 1;
    public static final int ENUMERABLE = 2;
    public static final int CONFIGURABLE = 4;
    /** An accessor property: [[Get]]/[[Set]] instead of [[Value]]/[[Writable]]. */
    public static final int ACCESSOR = 8;

    /** The attributes of a property made by assignment or an object literal. */
    public static final int DEFAULT = WRITABLE | ENUMERABLE | CONFIGURABLE;
    /** The attributes of most built-in methods (ECMA-262 18, "Every other data property..."). */
    public static final int HIDDEN = WRITABLE | CONFIGURABLE;

    private final Object key;
    private final int flags;
    private final int slot;

    public Property(Object key, int flags, int slot) {
        this.key = key;
        this.flags = flags;
        this.slot = slot;
    }

    public Object key() {
        return key;
    }

    public int flags() {
        return flags;
    }

    public int slot() {
        return slot;
    }

    public boolean isWritable() {
        return (flags & WRITABLE) != 0;
    }

    public boolean isEnumerable() {
        return (flags & ENUMERABLE) != 0;
    }

    public boolean isConfigurable() {
        return (flags & CONFIGURABLE) != 0;
    }

    public boolean isAccessor() {
        return (flags & ACCESSOR) != 0;
    }

    /** A writable data property: the case where an assignment just stores into the slot. */
    public boolean isPlainWritable() {
        return (flags & (WRITABLE | ACCESSOR)) == WRITABLE;
    }

    Property withFlags(int newFlags) {
        return newFlags == flags ? this : new Property(key, newFlags, slot);
    }

    @Override
    public String toString() {
        return key + "@" + slot + (isAccessor() ? " accessor" : "") + (isWritable() ? " w" : "")
                + (isEnumerable() ? " e" : "") + (isConfigurable() ? " c" : "");
    }
}
