package dev.kiln.parser.ast;

/**
 * {@code import specifiers from source with { attributes }}; {@code import 'm'} has no specifiers.
 */
public record ImportDeclaration(int start, int end, java.util.List<ImportClause> specifiers, StringLiteral source, java.util.List<ImportAttribute> attributes, ImportPhase phase) implements ModuleItem {
}
