package dev.kiln.parser.ast;

/**
 * A class field; {@code value} (nullable) is its initializer, evaluated like a method body with {@code this}
 * the instance (or the class for static fields).
 */
public record PropertyDefinition(int start, int end, Node key, Expression value, boolean computed, boolean isStatic) implements ClassElement {
}
