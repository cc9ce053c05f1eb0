package dev.kiln.parser.ast;

/**
 * {@code /pattern/flags}: the body and flags as written.
 */
public record RegExpLiteral(int start, int end, String pattern, String flags) implements Expression {
}
