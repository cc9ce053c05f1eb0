package dev.kiln.parser.ast;

/**
 * A name in an import or export list: an identifier, or a string literal (ECMA-262 16.2.2 ModuleExportName).
 */
public sealed interface ModuleExportName extends Node
        permits Identifier,
        StringLiteral {
    /** The export name this node denotes. */
    String exportName();
}
