package dev.kiln.parser.ast;

/**
 * {@code catch (param) body} ({@code param} is null for {@code catch {}}).
 */
public record CatchClause(int start, int end, Pattern param, BlockStatement body) implements Node {
}
