package dev.kiln.parser.ast;

/**
 * {@code new.target} or {@code import.meta}.
 */
public record MetaProperty(int start, int end, MetaPropertyKind kind) implements Expression {
}
