package dev.kiln.parser.ast;

/**
 * {@code ++x}, {@code x--}, ...; the argument is an identifier or member expression.
 */
public record UpdateExpression(int start, int end, boolean increment, boolean prefix, Expression argument) implements Expression {
}
