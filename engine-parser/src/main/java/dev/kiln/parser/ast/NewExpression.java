package dev.kiln.parser.ast;

/**
 * {@code new callee(arguments)} (the list is empty for {@code new C}).
 */
public record NewExpression(int start, int end, Expression callee, java.util.List<Expression> arguments) implements Expression {
}
