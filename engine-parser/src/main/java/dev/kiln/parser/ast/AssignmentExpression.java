package dev.kiln.parser.ast;

/**
 * {@code left op= right}. For {@code =}, {@code left} may be a destructuring pattern; otherwise it is an
 * {@link Identifier} or a member expression.
 */
public record AssignmentExpression(int start, int end, AssignmentOperator operator, Pattern left, Expression right) implements Expression {
}
