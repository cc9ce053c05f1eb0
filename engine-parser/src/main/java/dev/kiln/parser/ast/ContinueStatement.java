package dev.kiln.parser.ast;

/**
 * {@code continue label;} ({@code label} may be null).
 */
public record ContinueStatement(int start, int end, Identifier label) implements Statement {
}
