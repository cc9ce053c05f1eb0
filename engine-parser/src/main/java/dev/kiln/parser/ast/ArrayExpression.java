package dev.kiln.parser.ast;

/**
 * {@code [a, , ...b]}: holes are null elements.
 */
public record ArrayExpression(int start, int end, java.util.List<Expression> elements) implements Expression {
}
