package dev.kiln.parser.ast;

/**
 * An entry of an object literal.
 */
public sealed interface ObjectMember extends Node
        permits Property,
        SpreadElement {
}
