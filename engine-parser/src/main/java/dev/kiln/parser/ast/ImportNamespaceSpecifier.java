package dev.kiln.parser.ast;

/**
 * {@code * as local}.
 */
public record ImportNamespaceSpecifier(int start, int end, Identifier local) implements ImportClause {
}
