package dev.kiln.parser.ast;

/**
 * An optional chain: a {@code ?.} anywhere inside {@code expression} (down its member/call spine) short-circuits
 * to undefined for the whole chain, which ends here.
 */
public record ChainExpression(int start, int end, Expression expression) implements Expression {
}
