package dev.kiln.parser.ast;

/**
 * A declaration that can follow {@code export}: variable, function or class.
 */
public sealed interface Declaration extends Statement
        permits VariableDeclaration,
        FunctionDeclaration,
        ClassDeclaration {
}
