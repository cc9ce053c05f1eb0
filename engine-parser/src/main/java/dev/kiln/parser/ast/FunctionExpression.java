package dev.kiln.parser.ast;

/**
 * A function expression; also the value of every method, getter, setter and class constructor (see {@link #kind()}).
 */
public record FunctionExpression(int start, int end, Identifier id, java.util.List<Pattern> params, BlockStatement body, FunctionKind kind, boolean async, boolean generator, boolean strict, boolean simpleParameterList) implements Expression, FunctionNode {
}
