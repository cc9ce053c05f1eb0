package dev.kiln.parser.ast;

/**
 * {@code yield argument} or {@code yield* argument} ({@code argument} may be null without {@code *}).
 */
public record YieldExpression(int start, int end, Expression argument, boolean delegate) implements Expression {
}
