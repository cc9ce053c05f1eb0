package dev.kiln.parser.ast;

/**
 * A class method, accessor or constructor. {@code key} is an {@link Identifier}, literal, {@link PrivateIdentifier}
 * or (computed) expression.
 */
public record MethodDefinition(int start, int end, Node key, FunctionExpression value, MethodKind kind, boolean computed, boolean isStatic) implements ClassElement {
}
