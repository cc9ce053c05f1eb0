package dev.kiln.parser.ast;

/**
 * A member of a class body.
 */
public sealed interface ClassElement extends Node
        permits MethodDefinition,
        PropertyDefinition,
        StaticBlock {
}
