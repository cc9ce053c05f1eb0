package dev.kiln.parser.ast;

/**
 * {@code for (init; test; update) body}. {@code init} is a {@link VariableDeclaration}, an {@link Expression} or
 * null; {@code test} and {@code update} may be null.
 */
public record ForStatement(int start, int end, Node init, Expression test, Expression update, Statement body) implements Statement {
}
