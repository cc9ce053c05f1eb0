package dev.kiln.parser.ast;

/**
 * A BigInt literal: {@code digits} is its value in decimal, without separators or the {@code n}.
 */
public record BigIntLiteral(int start, int end, String digits) implements Expression {
}
