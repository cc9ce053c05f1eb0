package dev.kiln.parser.ast;

/** The kind of an object literal {@link Property}. */
public enum PropertyKind {
    INIT,
    GET,
    SET;
}
