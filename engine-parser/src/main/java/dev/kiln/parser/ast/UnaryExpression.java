package dev.kiln.parser.ast;

/**
 * {@code -x}, {@code !x}, {@code typeof x}, {@code delete x}, ...
 */
public record UnaryExpression(int start, int end, UnaryOperator operator, Expression argument) implements Expression {
}
