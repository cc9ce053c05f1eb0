package dev.kiln.parser.ast;

/**
 * {@code callee(arguments)}, or {@code callee?.(arguments)} when {@code optional}.
 */
public record CallExpression(int start, int end, Expression callee, java.util.List<Expression> arguments, boolean optional) implements Expression {
}
