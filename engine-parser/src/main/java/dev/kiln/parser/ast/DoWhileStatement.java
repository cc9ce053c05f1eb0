package dev.kiln.parser.ast;

/**
 * {@code do body while (test)}
 */
public record DoWhileStatement(int start, int end, Statement body, Expression test) implements Statement {
}
