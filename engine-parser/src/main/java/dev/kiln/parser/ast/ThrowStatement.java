package dev.kiln.parser.ast;

/**
 * {@code throw argument;}
 */
public record ThrowStatement(int start, int end, Expression argument) implements Statement {
}
