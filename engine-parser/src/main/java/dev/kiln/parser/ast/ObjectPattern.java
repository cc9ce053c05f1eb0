package dev.kiln.parser.ast;

/**
 * {@code { a, b: c, ...rest }} as a binding or assignment target.
 */
public record ObjectPattern(int start, int end, java.util.List<ObjectPatternMember> properties) implements Pattern {
}
