package dev.kiln.parser.ast;

/**
 * {@code &&}, {@code ||}, {@code ??}
 */
public record LogicalExpression(int start, int end, LogicalOperator operator, Expression left, Expression right) implements Expression {
}
