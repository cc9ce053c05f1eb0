package dev.kiln.parser.ast;

/**
 * {@code true} or {@code false}
 */
public record BooleanLiteral(int start, int end, boolean value) implements Expression {
}
