package dev.kiln.parser.ast;

/**
 * {@code key: value} in an object pattern; shorthand {@code {a = 1}} has an {@link AssignmentPattern} value.
 */
public record PatternProperty(int start, int end, Node key, Pattern value, boolean computed, boolean shorthand) implements ObjectPatternMember {
}
