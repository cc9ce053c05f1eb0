package dev.kiln.parser.ast;

/**
 * {@code [a, , ...b]} as a target: holes are null elements.
 */
public record ArrayPattern(int start, int end, java.util.List<Pattern> elements) implements Pattern {
}
