package dev.kiln.parser.ast;

/**
 * {@code export declaration}, or {@code export { specifiers }} optionally {@code from source}. Exactly one of
 * {@code declaration} and the specifier list is used; {@code source} is null without {@code from}.
 */
public record ExportNamedDeclaration(int start, int end, Declaration declaration, java.util.List<ExportSpecifier> specifiers, StringLiteral source, java.util.List<ImportAttribute> attributes) implements ModuleItem {
}
