package dev.kiln.parser.ast;

/**
 * {@code for (left of right) body}, or {@code for await (...)} when {@code await} is set. {@code left} is a
 * {@link VariableDeclaration} with one declarator and no initializer, or a {@link Pattern}.
 */
public record ForOfStatement(int start, int end, Node left, Expression right, Statement body, boolean await) implements Statement {
}
