package dev.kiln.parser.ast;

/**
 * {@code export * from source}, or {@code export * as exported from source}.
 */
public record ExportAllDeclaration(int start, int end, ModuleExportName exported, StringLiteral source, java.util.List<ImportAttribute> attributes) implements ModuleItem {
}
