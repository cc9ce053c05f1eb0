package dev.kiln.parser.ast;

/**
 * {@code try block catch finalizer}: at least one of {@code handler} and {@code finalizer} is non-null.
 */
public record TryStatement(int start, int end, BlockStatement block, CatchClause handler, BlockStatement finalizer) implements Statement {
}
