package dev.kiln.parser.ast;

/**
 * An item of a Program's body: a statement, or (in modules only) an import or export declaration.
 */
public sealed interface ModuleItem extends Node
        permits Statement,
        ImportDeclaration,
        ExportNamedDeclaration,
        ExportDefaultDeclaration,
        ExportAllDeclaration {
}
