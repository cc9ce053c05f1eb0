package dev.kiln.runtime.value;

/**
 * A Private Name (ECMA-262 6.2.12): the key of a private class element, unique per evaluation
 * of its class. Private elements are stored in the object's shape under this key, like
 * properties, so inline caches serve {@code this.#x} as they serve {@code this.x}; no property
 * operation ever sees them, because property keys are only Strings, Integers and Symbols.
 */
public final class PrivateName {
    private final String description;

    public PrivateName(String description) {
        this.description = description;
    }

    /** [[Description]], including the leading '#'. */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}
