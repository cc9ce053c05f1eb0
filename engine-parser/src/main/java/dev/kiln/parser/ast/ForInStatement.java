package dev.kiln.parser.ast;

/**
 * {@code for (left in right) body}. {@code left} is a {@link VariableDeclaration} with one declarator (whose
 * initializer is non-null only for the Annex B form {@code for (var x = 1 in o)}) or a {@link Pattern}.
 */
public record ForInStatement(int start, int end, Node left, Expression right, Statement body) implements Statement {
}
