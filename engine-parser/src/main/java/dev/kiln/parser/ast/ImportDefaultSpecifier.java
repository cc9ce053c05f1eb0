package dev.kiln.parser.ast;

/**
 * {@code local} in {@code import local from 'm'}.
 */
public record ImportDefaultSpecifier(int start, int end, Identifier local) implements ImportClause {
}
