package dev.kiln.parser.ast;

/**
 * {@code left = right}: a target with a default value.
 */
public record AssignmentPattern(int start, int end, Pattern left, Expression right) implements Pattern {
}
