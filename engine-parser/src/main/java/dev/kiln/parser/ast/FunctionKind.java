package dev.kiln.parser.ast;

/** The syntactic form of a function, which decides its [[ThisMode]], [[ConstructorKind]], HomeObject and
 * whether it is constructible. */
public enum FunctionKind {
    NORMAL,
    ARROW,
    METHOD,
    GETTER,
    SETTER,
    CLASS_CONSTRUCTOR,
    DERIVED_CONSTRUCTOR;
}
