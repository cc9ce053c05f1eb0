package dev.kiln.parser.ast;

/**
 * {@code import(source, options)} ({@code options} may be null), or {@code import.source(source)} /
 * {@code import.defer(source)} with the corresponding {@link ImportPhase}.
 */
public record ImportExpression(int start, int end, Expression source, Expression options, ImportPhase phase) implements Expression {
}
