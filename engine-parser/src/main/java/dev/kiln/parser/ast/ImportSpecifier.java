package dev.kiln.parser.ast;

/**
 * {@code imported as local} in {@code import { ... }}.
 */
public record ImportSpecifier(int start, int end, ModuleExportName imported, Identifier local) implements ImportClause {
}
