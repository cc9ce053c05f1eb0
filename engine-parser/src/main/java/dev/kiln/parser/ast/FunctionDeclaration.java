package dev.kiln.parser.ast;

/**
 * A function, generator, async function or async generator declaration. {@code id} is null only for
 * {@code export default function () {}}.
 */
public record FunctionDeclaration(int start, int end, Identifier id, java.util.List<Pattern> params, BlockStatement body, FunctionKind kind, boolean async, boolean generator, boolean strict, boolean simpleParameterList) implements Declaration, FunctionNode {
}
