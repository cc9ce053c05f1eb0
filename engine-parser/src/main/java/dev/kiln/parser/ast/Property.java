package dev.kiln.parser.ast;

/**
 * A property of an object literal. {@code key} is an {@link Identifier} (non-computed name), a string, numeric or
 * BigInt literal, or any expression when {@code computed}. Methods, getters and setters have a
 * {@link FunctionExpression} value. {@code protoSetter} marks {@code __proto__: value}, which sets the
 * prototype instead of defining a property (ECMA-262 B.3.1).
 */
public record Property(int start, int end, Node key, Expression value, PropertyKind kind, boolean method, boolean shorthand, boolean computed, boolean protoSetter) implements ObjectMember {
}
