package dev.kiln.runtime.object;

import dev.kiln.runtime.value.Undefined;

/**
 * The [[Get]] and [[Set]] of an accessor property, kept in the property's slot. Immutable: a
 * redefinition stores a new pair, so a reader never sees a half-changed accessor.
 *
 * @param getter a callable object or undefined
 * @param setter a callable object or undefined
 */
public record Accessor(Object getter, Object setter) {
    public static final Accessor EMPTY = new Accessor(Undefined.INSTANCE, Undefined.INSTANCE);
}
