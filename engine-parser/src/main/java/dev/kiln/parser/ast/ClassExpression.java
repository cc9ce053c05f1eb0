package dev.kiln.parser.ast;

/**
 * A class expression.
 */
public record ClassExpression(int start, int end, Identifier id, Expression superClass, java.util.List<ClassElement> body) implements Expression, ClassNode {
}
