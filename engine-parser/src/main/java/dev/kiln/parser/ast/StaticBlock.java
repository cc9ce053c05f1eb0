package dev.kiln.parser.ast;

/**
 * {@code static { body }} in a class.
 */
public record StaticBlock(int start, int end, java.util.List<Statement> body) implements ClassElement {
}
