package dev.kiln.parser.ast;

/**
 * {@code this}
 */
public record ThisExpression(int start, int end) implements Expression {
}
