package dev.kiln.parser.ast;

/**
 * {@code await argument}
 */
public record AwaitExpression(int start, int end, Expression argument) implements Expression {
}
