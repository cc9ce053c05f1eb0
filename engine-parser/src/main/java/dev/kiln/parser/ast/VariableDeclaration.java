package dev.kiln.parser.ast;

/**
 * {@code var}, {@code let}, {@code const}, {@code using} or {@code await using} declarations.
 */
public record VariableDeclaration(int start, int end, VariableKind kind, java.util.List<VariableDeclarator> declarations) implements Declaration {
}
