package dev.kiln.parser.ast;

/**
 * {@code ...argument}, last in a pattern or parameter list.
 */
public record RestElement(int start, int end, Pattern argument) implements Pattern, ObjectPatternMember {
}
