package dev.kiln.parser.ast;

/**
 * One binding created by an import declaration.
 */
public sealed interface ImportClause extends Node
        permits ImportSpecifier,
        ImportDefaultSpecifier,
        ImportNamespaceSpecifier {
}
