package dev.kiln.parser.ast;

/** The kind of a class {@link MethodDefinition}. */
public enum MethodKind {
    CONSTRUCTOR,
    METHOD,
    GET,
    SET;
}
