package dev.kiln.parser.ast;

/**
 * {@code object.name} (property is an {@link Identifier}) or {@code object[property]}; {@code optional} for {@code ?.}.
 */
public record MemberExpression(int start, int end, Expression object, Expression property, boolean computed, boolean optional) implements Expression, Pattern {
}
