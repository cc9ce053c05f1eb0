package dev.kiln.parser.ast;

/**
 * A binary operator other than {@code && || ??}.
 */
public record BinaryExpression(int start, int end, BinaryOperator operator, Expression left, Expression right) implements Expression {
}
