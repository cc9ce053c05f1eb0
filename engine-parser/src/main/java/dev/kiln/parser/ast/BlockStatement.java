package dev.kiln.parser.ast;

/**
 * {@code { ... }}; also the body of every non-concise function.
 */
public record BlockStatement(int start, int end, java.util.List<Statement> body) implements Statement {
}
