package dev.kiln.parser.ast;

/**
 * A Number literal in any notation, as its double value.
 */
public record NumericLiteral(int start, int end, double value) implements Expression {
}
