package dev.kiln.parser.ast;

/**
 * {@code super(arguments)} (only in derived constructors).
 */
public record SuperCall(int start, int end, java.util.List<Expression> arguments) implements Expression {
}
