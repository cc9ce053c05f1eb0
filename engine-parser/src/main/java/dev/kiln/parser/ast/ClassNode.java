package dev.kiln.parser.ast;

/**
 * A class declaration or expression; start/end cover the source text from {@code class} to its closing brace.
 */
public sealed interface ClassNode extends Node
        permits ClassDeclaration,
        ClassExpression {
    /** The binding name; null for an anonymous class expression or {@code export default class}. */
    Identifier id();

    /** The {@code extends} expression, or null. */
    Expression superClass();

    java.util.List<ClassElement> body();
}
