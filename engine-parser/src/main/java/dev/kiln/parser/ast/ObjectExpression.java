package dev.kiln.parser.ast;

/**
 * {@code { ... }}
 */
public record ObjectExpression(int start, int end, java.util.List<ObjectMember> properties) implements Expression {
}
