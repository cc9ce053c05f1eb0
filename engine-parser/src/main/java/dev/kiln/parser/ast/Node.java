package dev.kiln.parser.ast;

/**
 * Every AST node: records implementing sealed interfaces, immutable, with the UTF-16 offsets
 * {@code [start, end)} of its text in the {@link dev.kiln.parser.Source}. Lines and columns come from
 * {@code Source.line/column}; nodes carry no line fields.
 */
public sealed interface Node
        permits ModuleItem,
        Expression,
        Pattern,
        ClassElement,
        ObjectMember,
        ObjectPatternMember,
        ImportClause,
        ModuleExportName,
        FunctionNode,
        ClassNode,
        Program,
        SwitchCase,
        CatchClause,
        VariableDeclarator,
        ImportAttribute,
        ExportSpecifier,
        PrivateIdentifier,
        TemplateElement {
    /** Offset of the node's first character. */
    int start();

    /** Offset just past the node's last character. */
    int end();
}
