package dev.kiln.parser.ast;

/** The kind of a {@link MetaProperty}. */
public enum MetaPropertyKind {
    NEW_TARGET,
    IMPORT_META;
}
