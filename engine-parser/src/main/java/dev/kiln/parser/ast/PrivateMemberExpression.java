package dev.kiln.parser.ast;

/**
 * {@code object.#name}, or {@code object?.#name}.
 */
public record PrivateMemberExpression(int start, int end, Expression object, PrivateIdentifier property, boolean optional) implements Expression, Pattern {
}
