package dev.kiln.parser.ast;

/**
 * {@code import(source, options)} ({@code options} may be null).
 */
public record ImportExpression(int start, int end, Expression source, Expression options) implements Expression {
}
