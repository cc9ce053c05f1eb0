package dev.kiln.parser.ast;

/**
 * {@code ...argument} in arguments, array literals and object literals.
 */
public record SpreadElement(int start, int end, Expression argument) implements Expression, ObjectMember {
}
