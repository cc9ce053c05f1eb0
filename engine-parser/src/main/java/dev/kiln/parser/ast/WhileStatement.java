package dev.kiln.parser.ast;

/**
 * {@code while (test) body}
 */
public record WhileStatement(int start, int end, Expression test, Statement body) implements Statement {
}
