package dev.kiln.parser.ast;

/**
 * {@code key: value} in {@code with { ... }} (ECMA-262 16.2.2 WithClause).
 */
public record ImportAttribute(int start, int end, ModuleExportName key, StringLiteral value) implements Node {
}
