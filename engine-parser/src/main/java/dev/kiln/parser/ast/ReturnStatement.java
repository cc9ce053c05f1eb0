package dev.kiln.parser.ast;

/**
 * {@code return argument;} ({@code argument} may be null).
 */
public record ReturnStatement(int start, int end, Expression argument) implements Statement {
}
