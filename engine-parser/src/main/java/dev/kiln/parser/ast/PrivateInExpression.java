package dev.kiln.parser.ast;

/**
 * {@code #name in right} (ECMA-262 13.10).
 */
public record PrivateInExpression(int start, int end, PrivateIdentifier name, Expression right) implements Expression {
}
