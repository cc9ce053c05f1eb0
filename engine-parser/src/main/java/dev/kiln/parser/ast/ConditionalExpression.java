package dev.kiln.parser.ast;

/**
 * {@code test ? consequent : alternate}
 */
public record ConditionalExpression(int start, int end, Expression test, Expression consequent, Expression alternate) implements Expression {
}
