package dev.kiln.parser.ast;

/**
 * {@code local as exported}; {@code local} is a string only in re-exports.
 */
public record ExportSpecifier(int start, int end, ModuleExportName local, ModuleExportName exported) implements Node {
}
