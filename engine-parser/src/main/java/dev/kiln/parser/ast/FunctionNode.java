package dev.kiln.parser.ast;

/**
 * A function of any syntactic form. Its {@link #start()}/{@link #end()} cover exactly the source text
 * that Function.prototype.toString returns (ECMA-262 20.2.3.5, the [[SourceText]] of 10.2): from {@code function}, {@code async},
 * {@code get}/{@code set}, {@code *}, the method name or the first parameter, to the closing brace or the
 * end of a concise arrow body.
 */
public sealed interface FunctionNode extends Node
        permits FunctionDeclaration,
        FunctionExpression,
        ArrowFunctionExpression {
    /** The binding name; null for anonymous functions, arrows and methods (whose name is the key). */
    Identifier id();

    /** Formal parameters: patterns, {@link AssignmentPattern} for defaults, a final {@link RestElement}. */
    java.util.List<Pattern> params();

    /** A {@link BlockStatement}, or for a concise arrow the {@link Expression} it returns. */
    Node body();

    FunctionKind kind();

    boolean async();

    boolean generator();

    /** Strict mode code: strict by inheritance, by its own "use strict" directive, or as class code. */
    boolean strict();

    /** IsSimpleParameterList (ECMA-262 15.1.3): only plain identifiers, no defaults, patterns or rest. */
    boolean simpleParameterList();
}
