package dev.kiln.parser.ast;

/**
 * {@code if (test) consequent else alternate} ({@code alternate} may be null). In sloppy mode with Annex B a
 * branch may be a {@link FunctionDeclaration}, which behaves as if wrapped in a block (B.3.3).
 */
public record IfStatement(int start, int end, Expression test, Statement consequent, Statement alternate) implements Statement {
}
