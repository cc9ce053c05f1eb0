package dev.kiln.parser.ast;

/**
 * {@code callee(arguments)}, or {@code callee?.(arguments)} when {@code optional}. It is a {@link Pattern} only
 * as the whole target of an assignment, update or for-in/of in sloppy code (Annex B web compatibility),
 * where evaluating it throws a ReferenceError after the call.
 */
public record CallExpression(int start, int end, Expression callee, java.util.List<Expression> arguments, boolean optional) implements Expression, Pattern {
}
