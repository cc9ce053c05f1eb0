package dev.kiln.parser.ast;

/**
 * {@code a, b, c}
 */
public record SequenceExpression(int start, int end, java.util.List<Expression> expressions) implements Expression {
}
