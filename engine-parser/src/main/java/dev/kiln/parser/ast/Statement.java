package dev.kiln.parser.ast;

/**
 * A statement or declaration (ECMA-262 14).
 */
public sealed interface Statement extends ModuleItem
        permits Declaration,
        ExpressionStatement,
        BlockStatement,
        EmptyStatement,
        DebuggerStatement,
        WithStatement,
        ReturnStatement,
        LabeledStatement,
        BreakStatement,
        ContinueStatement,
        IfStatement,
        SwitchStatement,
        ThrowStatement,
        TryStatement,
        WhileStatement,
        DoWhileStatement,
        ForStatement,
        ForInStatement,
        ForOfStatement {
}
