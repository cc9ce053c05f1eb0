package dev.kiln.parser.ast;

/**
 * {@code null}
 */
public record NullLiteral(int start, int end) implements Expression {
}
