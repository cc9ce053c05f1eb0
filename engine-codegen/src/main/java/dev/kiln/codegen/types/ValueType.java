package dev.kiln.codegen.types;

/**
 * What the compiler knows statically about a value, and so how it can hold it: an int32 in an
 * int, any Number in a double, a Boolean in a boolean, or anything as an Object. Ordered as a
 * lattice with {@link #join}: INT ⊑ NUMBER ⊑ ANY, BOOLEAN ⊑ ANY.
 */
public enum ValueType {
    /** No value yet (the start of the fixpoint). */
    NONE,
    /** A Number whose value is an int32 (never -0). */
    INT,
    /** A Number. */
    NUMBER,
    BOOLEAN,
    ANY;

    public boolean isNumeric() {
        return this == INT || this == NUMBER;
    }

    public ValueType join(ValueType other) {
        if (this == other || other == NONE) return this;
        if (this == NONE) return other;
        if (isNumeric() && other.isNumeric()) return NUMBER;
        return ANY;
    }

    /** The JVM descriptor of a value held this way. */
    public String descriptor() {
        return switch (this) {
            case INT -> "I";
            case NUMBER -> "D";
            case BOOLEAN -> "Z";
            default -> "Ljava/lang/Object;";
        };
    }
}
