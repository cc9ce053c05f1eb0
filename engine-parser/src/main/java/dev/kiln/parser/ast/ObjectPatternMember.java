package dev.kiln.parser.ast;

/**
 * An entry of an object destructuring pattern.
 */
public sealed interface ObjectPatternMember extends Node
        permits PatternProperty,
        RestElement {
}
