package dev.kiln.parser.ast;

/**
 * An arrow function; {@code body} is a {@link BlockStatement} or, for a concise body, the returned {@link Expression}.
 */
public record ArrowFunctionExpression(int start, int end, java.util.List<Pattern> params, Node body, boolean async, boolean strict, boolean simpleParameterList) implements Expression, FunctionNode {

    @Override
    public Identifier id() {
        return null;
    }

    @Override
    public FunctionKind kind() {
        return FunctionKind.ARROW;
    }

    @Override
    public boolean generator() {
        return false;
    }

    /** True for a concise body ({@code x => x * 2}). */
    public boolean expression() {
        return !(body instanceof BlockStatement);
    }
}
