package dev.kiln.parser.ast;

/**
 * {@code case test: consequent} ({@code test} is null for {@code default}).
 */
public record SwitchCase(int start, int end, Expression test, java.util.List<Statement> consequent) implements Node {
}
