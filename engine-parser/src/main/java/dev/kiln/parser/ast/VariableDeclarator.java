package dev.kiln.parser.ast;

/**
 * One {@code id = init} of a declaration ({@code init} may be null).
 */
public record VariableDeclarator(int start, int end, Pattern id, Expression init) implements Node {
}
