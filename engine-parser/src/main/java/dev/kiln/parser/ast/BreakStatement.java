package dev.kiln.parser.ast;

/**
 * {@code break label;} ({@code label} may be null).
 */
public record BreakStatement(int start, int end, Identifier label) implements Statement {
}
