package dev.kiln.parser.ast;

/**
 * {@code super.name} (property is an {@link Identifier}) or {@code super[property]}.
 */
public record SuperMemberExpression(int start, int end, Expression property, boolean computed) implements Expression, Pattern {
}
