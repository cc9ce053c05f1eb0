package dev.kiln.parser.ast;

/**
 * {@code export default declaration}: a {@link FunctionDeclaration} or {@link ClassDeclaration} (possibly without
 * id), or an {@link Expression}.
 */
public record ExportDefaultDeclaration(int start, int end, Node declaration) implements ModuleItem {
}
